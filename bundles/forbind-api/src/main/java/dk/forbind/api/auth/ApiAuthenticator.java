package dk.forbind.api.auth;

import java.util.function.Function;

/**
 * Authenticates a caller of Forbind's REST APIs from its request headers. The platform ships a
 * development implementation; the eID capability (MitID / NemLog-in) replaces it in production.
 */
public interface ApiAuthenticator {

    /**
     * @param header reads a request header by name ({@code null} when absent)
     * @throws AuthenticationFailure when credentials are missing or not valid
     */
    ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure;
}
