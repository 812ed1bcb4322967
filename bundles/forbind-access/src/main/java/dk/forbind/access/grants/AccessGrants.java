package dk.forbind.access.grants;

import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each agency may reach, deny by default, read from {@code etc/dk.forbind.access.cfg}:
 *
 * <pre>
 * grant.housing-auditor = 29190623 : api:transparency.auditor
 * grant.housing-system  = 29190623/4f1c...-uuid : connector:housing-benefit, api:digitalpost.*
 * </pre>
 *
 * A line that cannot be read stops the whole configuration with its key and the reason, rather than grant
 * something other than what was written.
 */
public final class AccessGrants {
    private static final Pattern GRANTEE = Pattern.compile("(\\d{8})(?:/([0-9a-fA-F-]{36}))?");
    private static final Pattern TARGET = Pattern.compile("api:[a-z0-9-]+\\.([a-z0-9-]+|\\*)|connector:[a-z0-9-]+");

    private final List<AgencyGrant> grants;

    private AccessGrants(List<AgencyGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    public static AccessGrants none() {
        return new AccessGrants(List.of());
    }

    /** The grants among configuration properties ({@code grant.<name>}; other keys are ignored). */
    public static AccessGrants parse(Map<String, ?> properties) {
        List<AgencyGrant> grants = new ArrayList<>();
        for (Map.Entry<String, ?> entry : new TreeMap<>(properties).entrySet()) {
            if (entry.getKey().startsWith(AgencyGrant.KEY_PREFIX)) {
                grants.add(grant(entry.getKey(), String.valueOf(entry.getValue())));
            }
        }
        return new AccessGrants(grants);
    }

    private static AgencyGrant grant(String key, String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(key + ": expected '<cvr>[/<system uuid>] : <target>, ...', got '"
                    + value + "'");
        }
        Matcher grantee = GRANTEE.matcher(value.substring(0, colon).strip());
        if (!grantee.matches()) {
            throw new IllegalArgumentException(key + ": '" + value.substring(0, colon).strip()
                    + "' is not a CVR number (8 digits), optionally followed by /<system uuid>");
        }
        Set<String> targets = new LinkedHashSet<>();
        for (String target : Arrays.stream(value.substring(colon + 1).split(",")).map(String::strip).toList()) {
            if (!TARGET.matcher(target).matches()) {
                throw new IllegalArgumentException(key + ": '" + target + "' is no target; use api:<api>.<operation>,"
                        + " api:<api>.* or connector:<id>");
            }
            targets.add(target);
        }
        return new AgencyGrant(key.substring(AgencyGrant.KEY_PREFIX.length()), grantee.group(1),
                Optional.ofNullable(grantee.group(2)).map(UUID::fromString), targets);
    }

    /** Whether the caller may reach the target, and why (the grant that allows it, or that none does). */
    public AccessDecision decide(AgencySystem caller, String target) {
        for (AgencyGrant grant : grants) {
            if (grant.coversCaller(caller) && grant.coversTarget(target)) {
                return AccessDecision.allowed(grant.key());
            }
        }
        return AccessDecision.denied("no grant lets CVR " + caller.cvr() + " (system " + caller.systemId()
                + ") reach " + target);
    }

    public List<AgencyGrant> grants() {
        return grants;
    }
}
