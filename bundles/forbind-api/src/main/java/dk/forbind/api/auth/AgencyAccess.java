package dk.forbind.api.auth;

import java.util.List;

/**
 * What each agency's systems may reach, deny by default: targets are {@code api:<api>.<operation>} and
 * {@code connector:<id>}. Registered by the agency-access capability while {@code etc/dk.forbind.access.cfg}
 * exists; without it no agency system is let anywhere.
 */
public interface AgencyAccess {

    /** Whether the system may reach the target, with the reason (the grant that allows it, or that none does). */
    AccessDecision decide(AgencySystem system, String target);

    /**
     * The grants as configured, in the order of their keys. The service's properties change with them, so a
     * component that derives settings from the grants (the broker's permissions) hears of each change.
     */
    List<AgencyGrant> grants();
}
