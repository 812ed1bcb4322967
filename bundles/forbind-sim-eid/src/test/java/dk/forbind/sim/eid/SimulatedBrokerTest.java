package dk.forbind.sim.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.MitIdClaims;
import dk.forbind.eid.oidc.OidcSettings;
import dk.forbind.eid.oidc.OidcTokenValidator;
import dk.forbind.eid.oidc.TokenRejected;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the simulator issues passes Forbind's real token validation, and only as asked. */
class SimulatedBrokerTest {
    private static final String ISSUER = "http://localhost:8181/forbind/sim/eid";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final SimulatedBroker broker = new SimulatedBroker(ISSUER);
    private final OidcTokenValidator validator = new OidcTokenValidator(new OidcSettings(ISSUER, "forbind",
            OidcSettings.ASYMMETRIC, Duration.ofSeconds(60)), new ImmutableJWKSet<>(broker.publicKeys()));

    private String issue(Map<String, String> form) {
        return broker.issue(TokenRequestForm.read(form::get, ISSUER, "forbind"), NOW);
    }

    @Test
    void aTokenForTheChosenCitizenAndLevelValidatesWithEveryAlgorithm() throws Exception {
        for (String alg : new String[] {"RS256", "PS256", "ES256"}) {
            ForbindPrincipal citizen = MitIdClaims.principal(validator.validate(
                    issue(Map.of("cpr", "0101701234", "loa", "High", "alg", alg)), NOW));
            assertEquals("0101701234", citizen.subject().orElseThrow().id());
            assertEquals(NsisLevel.HIGH, citizen.loa());
        }
    }

    @Test
    void expiredNotYetValidAndForeignAudienceTokensAreIssuedOnRequestAndRefused() {
        TokenRejected expired = assertThrows(TokenRejected.class, () -> validator.validate(
                issue(Map.of("cpr", "0101701234", "lifetime_seconds", "-600")), NOW));
        assertTrue(expired.getMessage().contains("expired"));
        TokenRejected early = assertThrows(TokenRejected.class, () -> validator.validate(
                issue(Map.of("cpr", "0101701234", "not_before_seconds", "600")), NOW));
        assertTrue(early.getMessage().contains("not valid before"));
        TokenRejected audience = assertThrows(TokenRejected.class, () -> validator.validate(
                issue(Map.of("cpr", "0101701234", "audience", "someone-else")), NOW));
        assertTrue(audience.getMessage().contains("wrong audience"));
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
