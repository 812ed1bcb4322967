package dk.forbind.api.auth;

/**
 * The caller could not be authenticated (HTTP 401). The message is safe to show the caller; it names
 * what was wrong with the credentials, never a secret or a stack trace.
 */
public class AuthenticationFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String scheme;

    public AuthenticationFailure(String scheme, String message) {
        super(message);
        this.scheme = scheme;
    }

    /** The authentication scheme to name in {@code WWW-Authenticate}. */
    public String scheme() {
        return scheme;
    }
}
