package dk.forbind.api.auth;

/**
 * Logs a citizen in to Forbind's own web pages through the eID broker (OpenID Connect authorization-code flow): the
 * broker Forbind trusts and Forbind's client id there, and the check of the ID token the log-in brought back. The
 * eID capability offers it when it is configured; the pages run the flow.
 */
public interface MitIdLogin {

    /** The broker's issuer; its metadata is at {@code <issuer>/.well-known/openid-configuration}. */
    String issuer();

    /** Forbind's client id at the broker: the audience its ID tokens name. */
    String clientId();

    /**
     * The citizen an ID token proves: signed by the broker, for Forbind, in its lifetime, and carrying the nonce of
     * the log-in that asked for it.
     *
     * @throws AuthenticationFailure saying why the token proves nothing
     */
    ForbindPrincipal principalOf(String idToken, String nonce) throws AuthenticationFailure;
}
