package dk.forbind.sim.eid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes the simulated broker hands out at log-in: each good once, for a minute, to the client and redirect URI
 * it was issued for, and only with the PKCE verifier whose SHA-256 is the request's challenge.
 */
final class AuthorizationCodes {
    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_WAITING = 10_000;

    /** What a code stands for: the request it answers and the citizen who logged in. */
    record Grant(AuthorizationRequest request, SimulatedBroker.Request citizen, Instant issuedAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> waiting = new ConcurrentHashMap<>();

    String issue(AuthorizationRequest request, SimulatedBroker.Request citizen, Instant now) {
        waiting.values().removeIf(g -> g.issuedAt().plus(LIFETIME).isBefore(now));
        if (waiting.size() >= MAX_WAITING) {
            throw new IllegalStateException("too many log-ins waiting to be redeemed");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        waiting.put(code, new Grant(request, citizen, now));
        return code;
    }

    /**
     * The grant of a code, which is then spent.
     *
     * @throws IllegalArgumentException {@code invalid_grant}: unknown, spent or expired code, another client or
     *                                  redirect URI, or a verifier that does not match the challenge
     */
    Grant redeem(String code, String clientId, String redirectUri, String verifier, Instant now) {
        Grant grant = code == null ? null : waiting.remove(code);
        if (grant == null || grant.issuedAt().plus(LIFETIME).isBefore(now)) {
            throw new IllegalArgumentException("the code is unknown, used or expired");
        }
        if (!grant.request().clientId().equals(clientId) || !grant.request().redirectUri().equals(redirectUri)) {
            throw new IllegalArgumentException("the code was issued to another client or redirect_uri");
        }
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")
                || !challengeOf(verifier).equals(grant.request().codeChallenge())) {
            throw new IllegalArgumentException("code_verifier does not match the code_challenge");
        }
        return grant;
    }

    static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
