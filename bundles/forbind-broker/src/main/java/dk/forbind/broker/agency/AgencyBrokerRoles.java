package dk.forbind.broker.agency;

import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import java.util.List;

/**
 * The broker roles of agency systems: every system of an agency holds {@code agency-<cvr>}, and each system also
 * {@code agency-<cvr>-<uuid>}. A grant for the whole agency names the first, a grant for one system the second,
 * so the broker's permissions follow the grants without a system's roles ever changing.
 */
public final class AgencyBrokerRoles {
    private static final String PREFIX = "agency-";

    private AgencyBrokerRoles() {
    }

    /** The roles a system's broker login holds. */
    public static List<String> of(AgencySystem system) {
        return List.of(ofAgency(system.cvr()), ofAgency(system.cvr()) + "-" + system.systemId());
    }

    /** The role a grant gives its permissions to. */
    public static String of(AgencyGrant grant) {
        return ofAgency(grant.cvr()) + grant.system().map(id -> "-" + id).orElse("");
    }

    /** The role every system of the agency holds. */
    public static String ofAgency(String cvr) {
        return PREFIX + cvr;
    }
}
