package dk.forbind.sim.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the simulator issues is signed by the keys its JWKS publishes and carries what was asked for.
 * (That Forbind's validator accepts it is shown by EidTokensScenario through HTTP.)
 */
class SimulatedBrokerTest {
    private static final String ISSUER = "http://localhost:8181/forbind/sim/eid";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final SimulatedBroker broker = new SimulatedBroker(ISSUER);

    private SignedJWT issue(Map<String, String> form) throws Exception {
        return SignedJWT.parse(broker.issue(TokenRequestForm.read(form::get, ISSUER, "forbind"), NOW));
    }

    @Test
    void aTokenForTheChosenCitizenAndLevelIsSignedByAPublishedKey() throws Exception {
        for (String alg : new String[] {"RS256", "PS256", "ES256"}) {
            SignedJWT jwt = issue(Map.of("cpr", "0101701234", "loa", "High", "alg", alg));
            var key = broker.publicKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
            assertTrue(alg.startsWith("ES") ? jwt.verify(new ECDSAVerifier((ECKey) key))
                    : jwt.verify(new RSASSAVerifier((RSAKey) key)), alg);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertEquals("0101701234", claims.getStringClaim("dk.cpr"));
            assertEquals("https://data.gov.dk/concept/core/nsis/loa/High", claims.getStringClaim("loa"));
            assertEquals(ISSUER, claims.getIssuer());
            assertEquals(NOW.plusSeconds(300), claims.getExpirationTime().toInstant());
        }
    }

    @Test
    void expiredNotYetValidAndForeignTokensAreIssuedOnRequest() throws Exception {
        assertTrue(issue(Map.of("cpr", "0101701234", "lifetime_seconds", "-600")).getJWTClaimsSet()
                .getExpirationTime().toInstant().isBefore(NOW));
        assertTrue(issue(Map.of("cpr", "0101701234", "not_before_seconds", "600")).getJWTClaimsSet()
                .getNotBeforeTime().toInstant().isAfter(NOW));
        assertEquals("someone-else", issue(Map.of("cpr", "0101701234", "audience", "someone-else"))
                .getJWTClaimsSet().getAudience().get(0));
    }

    @Test
    void aBadRequestSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> issue(Map.of()))
                .getMessage().startsWith("cpr is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> issue(Map.of("cpr", "0101701234", "alg", "HS256")))
                .getMessage().contains("RS256, PS256 or ES256"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> issue(Map.of("cpr", "0101701234", "loa", "Max")))
                .getMessage().contains("NSIS"));
    }

    @Test
    void theDiscoveryDocumentPointsAtTheSimulatorsEndpoints() {
        String discovery = SimPages.discovery(ISSUER);
        assertTrue(discovery.contains("\"jwks_uri\":\"" + ISSUER + "/jwks\""));
        assertTrue(discovery.contains("\"token_endpoint\":\"" + ISSUER + "/token\""));
    }
}
