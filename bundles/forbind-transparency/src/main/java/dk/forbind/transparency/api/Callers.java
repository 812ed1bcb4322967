package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import java.util.function.Supplier;
import javax.ws.rs.core.HttpHeaders;

/** Who is calling, through whichever {@link ApiAuthenticator} the node has, and what they may read. */
final class Callers {
    private final Supplier<ApiAuthenticator> authenticator;

    Callers(Supplier<ApiAuthenticator> authenticator) {
        this.authenticator = authenticator;
    }

    ForbindPrincipal authenticate(HttpHeaders headers) {
        ApiAuthenticator current = authenticator.get();
        if (current == null) {
            throw ApiError.unauthorized("Bearer", "no authentication is configured on this node, so no one can"
                    + " be let in; install the eID capability (or, for development, the development authenticator)");
        }
        try {
            return current.authenticate(headers::getHeaderString);
        } catch (AuthenticationFailure e) {
            throw e.levelTooLow() ? ApiError.forbidden(e.getMessage())
                    : ApiError.unauthorized(e.scheme(), e.getMessage());
        }
    }

    ForbindPrincipal require(HttpHeaders headers, ForbindRole role) {
        ForbindPrincipal caller = authenticate(headers);
        if (!caller.has(role)) {
            throw ApiError.forbidden("this needs the " + role.name().toLowerCase() + " role");
        }
        return caller;
    }

    /**
     * The subject a citizen asks about: themselves by default, or {@code requested} when they may
     * read about that person (their own CPR, or one they hold a power of attorney for).
     */
    DataSubject subjectFor(HttpHeaders headers, String requested) {
        ForbindPrincipal caller = authenticate(headers);
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
