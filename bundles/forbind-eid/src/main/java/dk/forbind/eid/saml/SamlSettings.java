package dk.forbind.eid.saml;

import dk.forbind.eid.oidc.TokenLifetime;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an OIOSAML 3 assertion must satisfy: issued by the identity provider's entity id, for
 * Forbind's entity id (audience), signed with one of the provider's signing keys from its metadata,
 * valid now give or take the clock skew, and for no longer than the maximum lifetime.
 */
public record SamlSettings(String idpEntityId, String audience, List<PublicKey> signingKeys, Duration clockSkew,
                           TokenLifetime lifetime) {
    public SamlSettings {
        Objects.requireNonNull(idpEntityId, "identity provider entity id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(lifetime, "maximum lifetime");
        signingKeys = List.copyOf(signingKeys);
        if (signingKeys.isEmpty()) {
            throw new IllegalArgumentException("the identity provider's metadata names no signing certificate");
        }
    }
}
