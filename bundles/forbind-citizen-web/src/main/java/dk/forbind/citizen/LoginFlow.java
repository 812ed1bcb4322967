package dk.forbind.citizen;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.MitIdLogin;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.citizen.login.BrokerClient;
import dk.forbind.citizen.login.LoginAttempt;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log-in: the browser is sent to the broker with a fresh attempt (state, nonce, PKCE) kept in its session; when it
 * comes back, the state must be that attempt's, the code is redeemed with the verifier, the ID token must be the
 * broker's, for Forbind, with the attempt's nonce and at least the pages' level — then the session gets a new id and
 * the citizen. Anything else ends in a plain "the log-in could not be completed", the reason in the log.
 */
final class LoginFlow {
    private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);

    /** Why a log-in failed, as the pages' text key, with the reason for the log. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String textKey;

        Refused(String textKey, String reason) {
            super(reason);
            this.textKey = textKey;
        }
    }

    private final CitizenWebConfig config;
    private final NsisLevel minimum;
    private final Clock clock;
    private volatile BrokerClient broker;
    private volatile MitIdLogin brokerOf;

    LoginFlow(CitizenWebConfig config, Clock clock) {
        this.config = config;
        this.minimum = NsisLevel.parse(config.minimum_loa());
        this.clock = clock;
    }

    /** Where to send the browser to log in; the attempt is kept in the session. */
    String start(CitizenSession session, Optional<MitIdLogin> eid) throws Refused {
        BrokerClient client = client(eid);
        LoginAttempt attempt = LoginAttempt.start(clock.instant());
        session.attempt(attempt);
        try {
            return client.authenticationRequest(attempt).toString();
        } catch (IOException e) {
            throw new Refused("error.login", "the broker's metadata cannot be read: " + e.getMessage());
        }
    }

    /** The citizen the broker's answer proves, for this session's attempt. */
    ForbindPrincipal finish(CitizenSession session, Optional<MitIdLogin> eid, String code, String state,
                            String error) throws Refused {
        LoginAttempt attempt = session.attempt().orElseThrow(() -> new Refused("error.expired",
                "no log-in was started in this session"));
        session.attempt(null);
        if (!attempt.answeredBy(state, clock.instant())) {
            throw new Refused("error.login", "the state does not match this session's log-in, or it took too long");
        }
        if (error != null || code == null) {
            throw new Refused("error.login", "the broker answered " + (error == null ? "without a code" : error));
        }
        MitIdLogin login = eid.orElseThrow(() -> new Refused("error.notconfigured", "eID is not configured"));
        ForbindPrincipal citizen;
        try {
            citizen = login.principalOf(client(eid).idToken(code, attempt), attempt.nonce());
        } catch (IOException | AuthenticationFailure e) {
            throw new Refused("error.login", e.getMessage());
        }
        if (citizen.subject().isEmpty()) {
            throw new Refused("error.login", "the ID token names no CPR number");
        }
        if (!citizen.loa().atLeast(minimum)) {
            throw new Refused("error.loa", "level " + citizen.loa().label() + " is below " + minimum.label());
        }
        LOG.info("Citizen pages: {} logged in at level {}", citizen.name(), citizen.loa().label());
        return citizen;
    }

    static void log(Refused refused) {
        LOG.warn("Citizen pages: a log-in was refused: {}", UntrustedText.forLog(refused.getMessage()));
    }

    private BrokerClient client(Optional<MitIdLogin> eid) throws Refused {
        MitIdLogin login = eid.orElseThrow(() -> new Refused("error.notconfigured",
                "eID is not configured (etc/dk.forbind.eid.cfg)"));
        String secret = config.oidc_client_secret().strip();
        if (secret.isEmpty() || secret.startsWith("@")) {
            throw new Refused("error.notconfigured", "oidc.client.secret is not set in etc/dk.forbind.citizen.cfg");
        }
        BrokerClient current = broker;
        if (current == null || brokerOf != login) {
            current = new BrokerClient(login.issuer(), login.clientId(), secret, config.oidc_redirect_uri(),
                    Duration.ofMillis(Math.max(100, config.broker_timeout_ms())));
            broker = current;
            brokerOf = login;
        }
        return current;
    }
}
