package dk.forbind.api.auth;

import java.util.function.Function;

/**
 * Authenticates a caller of Forbind's REST APIs from its request headers, for one authentication
 * scheme of the {@code Authorization} header. The eID capability authenticates {@code Bearer} MitID
 * tokens; a development installation may add the {@code Development} scheme. The APIs choose the
 * authenticator by the scheme the caller uses.
 */
public interface ApiAuthenticator {

    /** The {@code Authorization} scheme this authenticator handles, e.g. {@code Bearer}. */
    String scheme();

    /**
     * @param header reads a request header by name ({@code null} when absent)
     * @throws AuthenticationFailure when credentials are missing or not valid
     */
    ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure;
}
