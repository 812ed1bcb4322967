package dk.forbind.rest;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;

/**
 * The data subject a citizen's request is about: themselves by default, or the person (CPR) or business (CVR) a
 * {@code subject} parameter names, when the caller may act for them — their own number, or one they hold a power
 * of attorney for. Anything else is a 403 that says why.
 */
public final class RequestedSubject {
    private RequestedSubject() {
    }

    /** @throws ApiError 400 for a malformed number, 403 when the caller may not act for that subject */
    public static DataSubject of(ForbindPrincipal caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return caller.subject().orElseThrow(() -> ApiError.forbidden(
                    "only a citizen can ask about a citizen's data; " + caller.name() + " is not one"));
        }
        DataSubject subject;
        try {
            subject = requested.strip().length() == 8 ? DataSubject.cvr(requested.strip())
                    : DataSubject.cpr(requested.strip());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("subject: " + e.getMessage());
        }
        if (!caller.mayReadAbout(subject)) {
            throw ApiError.forbidden("you may see and act on only your own records and data, or those of someone"
                    + " you hold a power of attorney for");
        }
        return subject;
    }
}
