package dk.forbind.api.auth;

import java.io.IOException;
import java.net.URI;

/**
 * The rule for where Forbind reaches an identity provider — its keys, metadata and endpoints: https, or plain
 * http only to this machine (the local simulator).
 */
public final class ProviderUrl {
    private ProviderUrl() {
    }

    /** @param what for the message, e.g. "JWKS" or "metadata" */
    public static URI checked(String url, String what) throws IOException {
        URI uri = URI.create(url.strip());
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
            throw new IOException("the " + what + " URL must be https (plain http only on localhost): " + url);
        }
        return uri;
    }
}
