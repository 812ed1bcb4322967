package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
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

    /**
     * The subject a citizen asks about: themselves by default, or {@code requested} when they may
     * read about that person (their own CPR, or one they hold a power of attorney for).
     */
    static DataSubject subjectFor(ForbindPrincipal caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return caller.subject().orElseThrow(() -> ApiError.forbidden(
                    "only a citizen can read a citizen's records; " + caller.name() + " is not one"));
        }
        DataSubject subject;
        try {
            subject = requested.strip().length() == 8 ? DataSubject.cvr(requested.strip())
                    : DataSubject.cpr(requested.strip());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("subject: " + e.getMessage());
        }
        if (!caller.mayReadAbout(subject)) {
            throw ApiError.forbidden("you may read only your own records, or those of someone you hold a power of"
                    + " attorney for");
        }
        return subject;
    }
}
