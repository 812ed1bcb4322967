package dk.forbind.transparency.api;

import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.rest.ApiError;

/** What an authenticated caller may read or do in the transparency registry. */
final class AccessRules {
    private AccessRules() {
    }

    /**
     * The caller, when it holds the role. An agency system counts as an auditor: it reaches the auditor operations
     * only when a grant names them ({@code api:transparency.auditor}, checked before any resource runs).
     */
    static ForbindPrincipal require(ForbindPrincipal caller, ForbindRole role) {
        boolean grantedSystem = role == ForbindRole.AUDITOR && caller.has(ForbindRole.AGENCY_SYSTEM);
        if (!caller.has(role) && !grantedSystem) {
            throw ApiError.forbidden("this needs the " + role.name().toLowerCase() + " role");
        }
        return caller;
    }
}
