package dk.forbind.eid.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a token must satisfy besides its signature: the expected issuer and audience, the signature
 * algorithms accepted (asymmetric only: RS256, PS256, ES256 by default), the clock skew allowed
 * on {@code exp}, {@code nbf} and {@code iat}, and the longest a token may be valid.
 */
public record OidcSettings(String issuer, String audience, Set<JWSAlgorithm> algorithms, Duration clockSkew,
                           TokenLifetime lifetime) {
    public static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
            JWSAlgorithm.ES256);

    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(lifetime, "maximum lifetime");
        algorithms = Set.copyOf(algorithms);
        for (JWSAlgorithm algorithm : algorithms) {
            if (!ASYMMETRIC.contains(algorithm)) {
                throw new IllegalArgumentException("algorithm " + algorithm + " is not allowed; choose from " + ASYMMETRIC);
            }
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("clock skew must be between 0 and 5 minutes, got " + clockSkew);
        }
    }
}
