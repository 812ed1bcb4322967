package dk.forbind.api.auth;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One line of {@code etc/dk.forbind.access.cfg}: an agency (its CVR, optionally only one of its systems) may reach
 * these targets — {@code api:<api>.<operation>} or {@code connector:<id>}; {@code api:<api>.*} grants every
 * operation of one API. Nothing else is granted. A {@code connector:<id>} target also lets the agency's systems
 * send to the connector's inbound address on the broker.
 */
public record AgencyGrant(String name, String cvr, Optional<UUID> system, Set<String> targets) {

    /** How a grant's key in {@code etc/dk.forbind.access.cfg} begins. */
    public static final String KEY_PREFIX = "grant.";

    public AgencyGrant {
        targets = Set.copyOf(targets);
    }

    /** Its key in the configuration, {@code grant.<name>}. */
    public String key() {
        return KEY_PREFIX + name;
    }

    /** The grant as a line of the configuration file. */
    public String line() {
        return key() + " = " + cvr + system.map(id -> "/" + id).orElse("") + " : " + String.join(", ", targets);
    }

    public boolean coversCaller(AgencySystem caller) {
        return cvr.equals(caller.cvr()) && system.map(id -> id.equals(caller.systemId())).orElse(true);
    }

    public boolean coversTarget(String target) {
        if (targets.contains(target)) {
            return true;
        }
        int dot = target.lastIndexOf('.');
        return target.startsWith("api:") && dot > 0 && targets.contains(target.substring(0, dot) + ".*");
    }
}
