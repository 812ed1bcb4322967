package dk.forbind.eid;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.AuthorizationHeader;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.eid.oidc.TokenRejected;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common shape of eID authentication: {@code Authorization: <scheme> <credentials>}, the
 * credentials checked into a principal with its NSIS level (each API then requires its own minimum).
 * The reason for a refusal is logged and returned; the credentials themselves never are.
 */
abstract class TokenAuthenticator implements ApiAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);

    private final Clock clock;

    TokenAuthenticator(Clock clock) {
        this.clock = clock;
    }

    /** Now, by the clock credentials are checked against. */
    Instant now() {
        return clock.instant();
    }

    /** The principal the credentials prove, or why they prove nothing. */
    abstract ForbindPrincipal principalOf(String credentials) throws TokenRejected;

    /** What a caller should send, for messages: e.g. {@code Bearer <MitID token>}. */
    abstract String expected();

    @Override
    public ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure {
        AuthorizationHeader authorization = AuthorizationHeader.parse(header.apply("Authorization"))
                .orElseThrow(() -> new AuthenticationFailure(scheme(),
                        "no credentials: send 'Authorization: " + expected() + "'"));
        if (!authorization.hasScheme(scheme()) || authorization.credentials().isEmpty()) {
            throw new AuthenticationFailure(scheme(), "unsupported credentials: expected '" + expected() + "'");
        }
        try {
            return principalOf(authorization.credentials());
        } catch (TokenRejected e) {
            LOG.info("{} credentials refused: {}", scheme(), UntrustedText.forLog(e.getMessage()));
            throw new AuthenticationFailure(scheme(), "token refused: " + e.getMessage());
        }
    }
}
