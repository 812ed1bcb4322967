package dk.forbind.api.auth;

/**
 * The caller could not be authenticated (HTTP 401), or was, but at too low a level of assurance for
 * what they asked (HTTP 403). The message is safe to show the caller; it names what was wrong with
 * the credentials, never a secret or a stack trace.
 */
public class AuthenticationFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String scheme;
    private final boolean levelTooLow;

    public AuthenticationFailure(String scheme, String message) {
        this(scheme, message, false);
    }

    private AuthenticationFailure(String scheme, String message, boolean levelTooLow) {
        super(message);
        this.scheme = scheme;
        this.levelTooLow = levelTooLow;
    }

    /** Valid credentials whose level of assurance is below the minimum. */
    public static AuthenticationFailure levelTooLow(String scheme, NsisLevel actual, NsisLevel minimum) {
        return new AuthenticationFailure(scheme, "level of assurance " + actual.label() + " is too low; at least "
                + minimum.label() + " is required", true);
    }

    /** True for a 403 (authenticated, but not well enough), false for a 401. */
    public boolean levelTooLow() {
        return levelTooLow;
    }

    /** The authentication scheme to name in {@code WWW-Authenticate}. */
    public String scheme() {
        return scheme;
    }
}
