package dk.forbind.sim.eid;

import com.nimbusds.jose.JWSAlgorithm;
import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.NsisLevel;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

/**
 * The form a test (or a developer on the login page) posts to get a token: {@code cpr} (required),
 * {@code loa} (Low / Substantial / High, default Substantial), {@code name}, {@code alg} (RS256,
 * PS256 or ES256), {@code audience}, {@code lifetime_seconds} (default 300; negative gives an expired
 * token), {@code not_before_seconds} (default 0; positive gives a not-yet-valid token) and
 * {@code issuer} (default the simulator's; another gives a token from a "foreign" broker, signed with
 * the simulator's keys — for tests of issuer checks), and {@code privileges} (base64 OIO Basic
 * Privilege Profile, sent as {@code privilegesIntermediate}: powers of attorney, the auditor privilege).
 */
final class TokenRequestForm {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
            JWSAlgorithm.ES256);

    private TokenRequestForm() {
    }

    static SimulatedBroker.Request read(Function<String, String> form, String defaultIssuer, String defaultAudience) {
        String cpr = value(form, "cpr", null);
        if (cpr == null) {
            throw new IllegalArgumentException("cpr is required: the test citizen's 10-digit CPR number");
        }
        DataSubject citizen = DataSubject.cpr(cpr);
        JWSAlgorithm algorithm = JWSAlgorithm.parse(value(form, "alg", "RS256"));
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("alg must be RS256, PS256 or ES256, got " + algorithm);
        }
        return new SimulatedBroker.Request(value(form, "issuer", defaultIssuer), citizen,
                NsisLevel.parse(value(form, "loa", "Substantial")),
                value(form, "name", "Testperson " + cpr.substring(6)), value(form, "audience", defaultAudience),
                algorithm, Duration.ofSeconds(number(form, "lifetime_seconds", 300)),
                Duration.ofSeconds(number(form, "not_before_seconds", 0)), value(form, "privileges", null));
    }

    private static String value(Function<String, String> form, String name, String fallback) {
        String value = form.apply(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static long number(Function<String, String> form, String name, long fallback) {
        String value = value(form, name, null);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, got '" + value + "'");
        }
    }
}
