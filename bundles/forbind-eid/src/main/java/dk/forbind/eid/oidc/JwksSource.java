package dk.forbind.eid.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dk.forbind.api.auth.ProviderUrl;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;

/**
 * Where the identity provider's signing keys come from: a JWKS file, or an HTTPS URL that is
 * cached, refreshed when a token names an unknown key id (key rotation; rate-limited) and kept
 * through short outages. Plain HTTP is accepted only for the local simulator on localhost.
 */
public final class JwksSource {
    private static final int TIMEOUT_MS = 2000;
    private static final int SIZE_LIMIT = 256 * 1024;

    private JwksSource() {
    }

    public static JWKSource<SecurityContext> fromUrl(String url, Duration cacheTime) throws IOException {
        URL location = ProviderUrl.checked(url, "JWKS").toURL();
        return JWKSourceBuilder.<SecurityContext>create(location,
                        new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, SIZE_LIMIT))
                .cache(cacheTime.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .rateLimited(true)
                .outageTolerant(Duration.ofHours(1).toMillis())
                .build();
    }

    public static JWKSource<SecurityContext> fromFile(Path file) throws IOException {
        try {
            return new ImmutableJWKSet<>(JWKSet.load(file.toFile()));
        } catch (ParseException e) {
            throw new IOException("JWKS file " + file + " is not a JSON Web Key Set: " + e.getMessage(), e);
        }
    }
}
