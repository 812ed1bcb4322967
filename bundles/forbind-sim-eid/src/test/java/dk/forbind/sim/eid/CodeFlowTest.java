package dk.forbind.sim.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

/** The authorization-code flow with PKCE, as a relying party and a browser go through it. */
class CodeFlowTest {
    private static final String ISSUER = "http://localhost:8181/forbind/sim/eid";
    private static final String BACK = "http://localhost:8181/forbind/borger/login/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final CodeFlow flow = new CodeFlow(new SimulatedBroker(ISSUER), "forbind", "s3cret", Set.of(BACK));

    @Test
    void aLogInComesBackWithACodeThatTheClientExchangesOnceForAnIdTokenWithTheNonce() throws Exception {
        String code = logIn(Map.of("cpr", "0101701234", "represents", "0202151234"));

        String answer = flow.token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", BACK,
                "code_verifier", VERIFIER)::get, basic("forbind", "s3cret"), NOW.plusSeconds(5));

        JsonObject tokens = (JsonObject) Jsoner.deserialize(answer);
        JWTClaimsSet claims = SignedJWT.parse(tokens.getString("id_token")).getJWTClaimsSet();
        assertEquals("0101701234", claims.getStringClaim("dk.cpr"));
        assertEquals("the-nonce", claims.getStringClaim("nonce"));
        assertEquals("forbind", claims.getAudience().get(0));
        assertTrue(new String(Base64.getDecoder().decode(claims.getStringClaim("privilegesIntermediate")),
                StandardCharsets.UTF_8).contains("cprNumberIdentifier:0202151234"));
        assertThrows(IllegalArgumentException.class, () -> flow.token(Map.of("code", code, "redirect_uri", BACK,
                "code_verifier", VERIFIER)::get, basic("forbind", "s3cret"), NOW.plusSeconds(6)),
                "a code is good once");
    }

    @Test
    void aCodeIsRefusedWithoutTheRightVerifierClientSecretOrInTimeAndBadRequestsAreRefused() throws Exception {
        Map<String, String> redeem = new HashMap<>(Map.of("code", logIn(Map.of("cpr", "0101701234")),
                "redirect_uri", BACK, "code_verifier", VERIFIER.replace('a', 'b')));
        assertThrows(IllegalArgumentException.class, () -> flow.token(redeem::get, basic("forbind", "s3cret"), NOW));
        String second = logIn(Map.of("cpr", "0101701234"));
        assertThrows(SecurityException.class, () -> flow.token(Map.of("code", second, "redirect_uri", BACK,
                "code_verifier", VERIFIER)::get, basic("forbind", "guess"), NOW));
        String late = logIn(Map.of("cpr", "0101701234"));
        assertThrows(IllegalArgumentException.class, () -> flow.token(Map.of("code", late, "redirect_uri", BACK,
                "code_verifier", VERIFIER, "client_id", "forbind", "client_secret", "s3cret")::get, null,
                NOW.plus(AuthorizationCodes.LIFETIME).plusSeconds(1)));

        Map<String, String> elsewhere = new HashMap<>(request());
        elsewhere.put("redirect_uri", "https://evil.example/callback");
        assertThrows(IllegalArgumentException.class, () -> flow.request(elsewhere::get));
        Map<String, String> plain = new HashMap<>(request());
        plain.put("code_challenge_method", "plain");
        assertThrows(IllegalArgumentException.class, () -> flow.request(plain::get));
    }

    private String logIn(Map<String, String> citizen) {
        Map<String, String> form = new HashMap<>(request());
        form.putAll(citizen);
        URI back = URI.create(flow.logIn(form::get, NOW));
        assertTrue(back.toString().startsWith(BACK + "?code="), back.toString());
        assertTrue(back.getQuery().endsWith("&state=st/ate 1"), back.getQuery());
        return back.getQuery().substring("code=".length(), back.getQuery().indexOf('&'));
    }

    private static Map<String, String> request() {
        return Map.of("response_type", "code", "client_id", "forbind", "redirect_uri", BACK, "scope", "openid",
                "state", "st/ate 1", "nonce", "the-nonce", "code_challenge", AuthorizationCodes.challengeOf(VERIFIER),
                "code_challenge_method", "S256");
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
