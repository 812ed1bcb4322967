package dk.forbind.eid.saml;

import dk.forbind.api.auth.ProviderUrl;
import dk.forbind.eid.oidc.TokenRejected;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the identity provider's metadata comes from: a file, or an https URL (plain http only on
 * localhost, for the simulator) read at first use and again once {@code cacheTime} has passed. A
 * failed refresh keeps the metadata read before.
 */
public final class MetadataSource {
    private static final int TIMEOUT_MS = 3000;
    private static final int SIZE_LIMIT = 1024 * 1024;

    private final String location;
    private final boolean url;
    private final Duration cacheTime;
    private final Clock clock;
    private IdpMetadata metadata;
    private Instant readAt = Instant.MIN;

    private MetadataSource(String location, boolean url, Duration cacheTime, Clock clock) {
        this.location = location;
        this.url = url;
        this.cacheTime = cacheTime;
        this.clock = clock;
    }

    public static MetadataSource file(Path file) {
        return new MetadataSource(file.toString(), false, Duration.ofDays(36500), Clock.systemUTC());
    }

    public static MetadataSource url(String url, Duration cacheTime) throws IOException {
        return new MetadataSource(ProviderUrl.checked(url, "metadata").toString(), true, cacheTime,
                Clock.systemUTC());
    }

    /** The metadata, read now if it never was or its time is up. */
    public synchronized IdpMetadata metadata() throws TokenRejected {
        Instant now = clock.instant();
        if (metadata == null || now.isAfter(readAt.plus(cacheTime))) {
            try {
                metadata = IdpMetadata.parse(read());
                readAt = now;
            } catch (IOException | IllegalArgumentException e) {
                if (metadata == null) {
                    throw new TokenRejected("the identity provider's metadata cannot be read from " + location + ": "
                            + e.getMessage());
                }
            }
        }
        return metadata;
    }

    private byte[] read() throws IOException {
        if (!url) {
            return Files.readAllBytes(Path.of(location));
        }
        HttpURLConnection http = (HttpURLConnection) URI.create(location).toURL().openConnection();
        http.setConnectTimeout(TIMEOUT_MS);
        http.setReadTimeout(TIMEOUT_MS);
        if (http.getResponseCode() != 200) {
            throw new IOException("HTTP " + http.getResponseCode());
        }
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes(SIZE_LIMIT + 1);
            if (body.length > SIZE_LIMIT) {
                throw new IOException("metadata larger than " + SIZE_LIMIT + " bytes");
            }
            return body;
        }
    }
}
