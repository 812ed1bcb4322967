package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.usageOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.SamlAttacks;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Test;

/**
 * NemLog-in assertions through the real HTTP stack: a signed assertion from the simulator's SAML
 * identity provider opens the citizen API; tampered, wrapped, expired and misaddressed ones do not.
 */
public class EidSamlScenario extends ForbindTestSupport {
    private static final String CITIZEN = "0707701234";

    @Test
    public void aSignedAssertionOpensTheCitizenApiForThatCitizen() throws Exception {
        HttpAnswer mine = http("GET", usageOf(""), saml(EidSimulator.assertion(Map.of("cpr", CITIZEN))), null);
        assertEquals(mine.body(), 200, mine.status());
        assertEquals(CITIZEN, ((JsonObject) mine.json().get("subject")).getString("id"));
    }

    @Test
    public void everyBadAssertionIsRefusedWithItsReason() throws Exception {
        byte[] genuine = EidSimulator.assertion(Map.of("cpr", CITIZEN));
        Map<byte[], String> corpus = new LinkedHashMap<>();
        corpus.put(SamlAttacks.tampered(genuine, CITIZEN, "0808801234"), "XML signature does not verify");
        corpus.put(SamlAttacks.wrapped(genuine, "0808801234"), "signature wrapping refused");
        corpus.put(EidSimulator.assertion(Map.of("cpr", CITIZEN, "lifetime_seconds", "-600")), "assertion expired at");
        corpus.put(EidSimulator.assertion(Map.of("cpr", CITIZEN, "audience", "https://another.sp.dk")),
                "wrong audience");
        corpus.put(EidSimulator.assertion(Map.of("cpr", CITIZEN, "issuer", "https://evil.example")), "wrong issuer");
        for (Map.Entry<byte[], String> bad : corpus.entrySet()) {
            HttpAnswer refused = http("GET", usageOf(""), saml(bad.getKey()), null);
            assertEquals(bad.getValue() + ": " + refused.body(), 401, refused.status());
            assertTrue(refused.body(), refused.json().getString("message").contains(bad.getValue()));
            assertTrue(refused.challenge(), refused.challenge().startsWith("SAML"));
        }
        HttpAnswer low = http("GET", usageOf(""), saml(EidSimulator.assertion(Map.of("cpr", CITIZEN, "loa", "Low"))),
                null);
        assertEquals(low.body(), 403, low.status());
    }

    private static String saml(byte[] assertion) {
        return "SAML " + Base64.getEncoder().encodeToString(assertion);
    }
}
