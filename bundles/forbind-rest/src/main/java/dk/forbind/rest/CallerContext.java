package dk.forbind.rest;

import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import java.security.Principal;
import java.util.Locale;
import javax.ws.rs.core.SecurityContext;

/** The JAX-RS security context of an authenticated request: its principal and roles. */
final class CallerContext implements SecurityContext {
    private final Caller caller;
    private final String scheme;
    private final boolean secure;

    CallerContext(ForbindPrincipal principal, String scheme, boolean secure) {
        this.caller = new Caller(principal);
        this.scheme = scheme;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }

    /** A {@link Principal} that carries the Forbind principal. */
    record Caller(ForbindPrincipal principal) implements Principal {
        @Override
        public String getName() {
            return principal.name();
        }

        /** Whether the caller holds the {@link ForbindRole} of this name, in any case. */
        boolean hasRole(String role) {
            try {
                return principal.has(ForbindRole.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
