package dk.forbind.api.auth;

import java.util.Optional;

/**
 * An {@code Authorization} header split into its scheme and credentials ({@code Bearer eyJ...}),
 * the one way every authenticator and the APIs read it. Credentials are empty when only a scheme
 * was sent.
 */
public record AuthorizationHeader(String scheme, String credentials) {

    /** Empty for an absent or blank header. */
    public static Optional<AuthorizationHeader> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] parts = header.strip().split("\\s+", 2);
        return Optional.of(new AuthorizationHeader(parts[0], parts.length < 2 ? "" : parts[1].strip()));
    }

    public boolean hasScheme(String expected) {
        return scheme.equalsIgnoreCase(expected);
    }
}
