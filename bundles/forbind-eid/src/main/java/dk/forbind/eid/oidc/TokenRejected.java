package dk.forbind.eid.oidc;

/** A token that is not accepted, with the reason — safe to log and to show the caller (no token content). */
public final class TokenRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public TokenRejected(String reason) {
        super(reason);
    }
}
