package dk.forbind.rest;

import dk.forbind.api.auth.ForbindPrincipal;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The authenticated caller of a request, as the {@link AuthenticationFilter} left it. */
public final class Callers {
    private Callers() {
    }

    /** @throws ApiError 401 when the request was not authenticated (a resource not behind the filter) */
    public static ForbindPrincipal of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof CallerContext.Caller) {
            return ((CallerContext.Caller) principal).principal();
        }
        throw ApiError.unauthorized("Bearer", "this needs an authenticated caller");
    }
}
