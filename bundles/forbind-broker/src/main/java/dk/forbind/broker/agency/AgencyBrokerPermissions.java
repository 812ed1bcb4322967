package dk.forbind.broker.agency;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.auth.AgencyGrant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.activemq.artemis.core.security.Role;

/**
 * What agency systems may do on the broker, derived from the grants: a {@code connector:<id>} grant lets its
 * systems send to the connector's inbound address {@code forbind.<id>.in} (send, and create the queue if the
 * connector has not yet — never read, browse or delete what others sent); a grant that reaches
 * {@code api:digitalpost.send} lets them send letters to {@code forbind.digitalpost.outbound} in the same way; and
 * every granted agency may read and browse its own replies under {@code forbind.agency.<cvr>.}. Each of these security settings keeps the platform's own roles; every other
 * address — other agencies' queues, dead letters, the transparency events, management — stays with the
 * broker's general setting, which names no agency role.
 */
public final class AgencyBrokerPermissions {
    private AgencyBrokerPermissions() {
    }

    /** Security settings by address match; {@code platform} are the roles of the broker's general setting. */
    public static Map<String, Set<Role>> of(List<AgencyGrant> grants, Set<Role> platform) {
        Map<String, Set<Role>> settings = new TreeMap<>();
        for (AgencyGrant grant : grants) {
            for (String target : grant.targets()) {
                if (target.startsWith("connector:")) {
                    String inbound = ForbindAddresses.inbound(target.substring("connector:".length()));
                    settings.computeIfAbsent(inbound, address -> new HashSet<>(platform))
                            .add(sender(AgencyBrokerRoles.of(grant)));
                }
            }
            if (grant.coversTarget(ForbindAddresses.DIGITAL_POST_SEND)) {
                settings.computeIfAbsent(ForbindAddresses.DIGITAL_POST_OUTBOUND, address -> new HashSet<>(platform))
                        .add(sender(AgencyBrokerRoles.of(grant)));
            }
            settings.computeIfAbsent(ForbindAddresses.agencyReplies(grant.cvr()) + "#",
                    address -> new HashSet<>(platform)).add(reader(AgencyBrokerRoles.ofAgency(grant.cvr())));
        }
        return settings;
    }

    /** Sends; may create the connector's queue when the connector has not yet, so messages wait for it. */
    private static Role sender(String role) {
        return new Role(role, true, false, true, false, false, false, false, false, true, false, false, false);
    }

    /** Reads and browses; may create its queue on first use, never delete one. */
    private static Role reader(String role) {
        return new Role(role, false, true, true, false, false, false, false, true, true, false, false, false);
    }
}
