package dk.forbind.citizen.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * One log-in on its way through the broker: the {@code state} that ties the browser's return to this session, the
 * {@code nonce} the ID token must carry, and the PKCE verifier whose SHA-256 went to the broker as the challenge.
 * All three are 256 random bits; an attempt is good for a few minutes and once.
 */
public record LoginAttempt(String state, String nonce, String verifier, Instant startedAt) {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static LoginAttempt start(Instant now) {
        return new LoginAttempt(random(), random(), random(), now);
    }

    /** The PKCE challenge (S256) of the verifier. */
    public String challenge() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the browser came back from this attempt: same state, in time. */
    public boolean answeredBy(String returnedState, Instant now) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII)) && now.isBefore(startedAt.plus(LIFETIME));
    }

    /** 256 random bits, base64url: 43 characters. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
