package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.ws.rs.core.HttpHeaders;

/**
 * Who is calling, through the {@link ApiAuthenticator} of the scheme they use, and what they may read.
 * {@code Bearer} (eID) is named first in challenges when several schemes are installed.
 */
final class Callers {
    private final Supplier<List<ApiAuthenticator>> authenticators;

    Callers(Supplier<List<ApiAuthenticator>> authenticators) {
        this.authenticators = authenticators;
    }

    ForbindPrincipal authenticate(HttpHeaders headers) {
        List<ApiAuthenticator> installed = authenticators.get().stream()
                .sorted(Comparator.comparing((ApiAuthenticator a) -> !"Bearer".equalsIgnoreCase(a.scheme()))
                        .thenComparing(ApiAuthenticator::scheme))
                .toList();
        if (installed.isEmpty()) {
            throw ApiError.unauthorized("Bearer", "no authentication is configured on this node, so no one can"
                    + " be let in; install the eID capability (forbind-eid with etc/dk.forbind.eid.cfg)");
        }
        String authorization = headers.getHeaderString("Authorization");
        String scheme = authorization == null || authorization.isBlank() ? "" : authorization.strip().split("\\s+")[0];
        ApiAuthenticator chosen = installed.stream().filter(a -> a.scheme().equalsIgnoreCase(scheme)).findFirst()
                .orElse(null);
        String schemes = installed.stream().map(ApiAuthenticator::scheme).collect(Collectors.joining(" or "));
        if (chosen == null) {
            throw ApiError.unauthorized(installed.get(0).scheme(), scheme.isEmpty()
                    ? "no credentials: send an Authorization header (" + schemes + ")"
                    : "unsupported authentication scheme '" + scheme + "'; use " + schemes);
        }
        try {
            return chosen.authenticate(headers::getHeaderString);
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
