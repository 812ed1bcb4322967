package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.usageOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.TestIdentityProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Test;

/**
 * MitID tokens through the real HTTP stack: a token from the broker simulator opens the citizen
 * transparency API for that citizen only; every bad token is refused with its own reason.
 */
public class EidTokensScenario extends ForbindTestSupport {
    private static final String CITIZEN = "0303701234";

    @Test
    public void aSimulatorTokenOpensTheCitizenApiForThatCitizenOnly() throws Exception {
        String token = EidSimulator.token(Map.of("cpr", CITIZEN));
        HttpAnswer mine = http("GET", usageOf(""), "Bearer " + token, null);
        assertEquals(mine.body(), 200, mine.status());
        assertEquals(CITIZEN, ((JsonObject) mine.json().get("subject")).getString("id"));

        HttpAnswer someoneElse = http("GET", usageOf("subject=0404801234"), "Bearer " + token, null);
        assertEquals(403, someoneElse.status());
    }

    @Test
    public void aPowerOfAttorneyOpensTheRepresentedCitizensRecordsAndTheAuditorPrivilegeTheAuditorApi()
            throws Exception {
        String attorney = EidSimulator.token(Map.of("cpr", CITIZEN, "privileges", TestIdentityProvider.privileges(
                "urn:dk:gov:saml:cprNumberIdentifier:0404801234", "urn:dk:forbind:privilege:transparency:read")));
        HttpAnswer represented = http("GET", usageOf("subject=0404801234"), "Bearer " + attorney, null);
        assertEquals(represented.body(), 200, represented.status());
        assertEquals(403, http("GET", usageOf("subject=0505801234"), "Bearer " + attorney, null).status());
        assertEquals(403, http("GET", TransparencyCalls.BASE + "/auditor/verify", "Bearer " + attorney, null)
                .status());

        String auditor = EidSimulator.token(Map.of("cpr", "0606701234", "privileges", TestIdentityProvider.privileges(
                "urn:dk:gov:saml:cvrNumberIdentifier:29190623", "urn:dk:forbind:privilege:transparency:auditor")));
        HttpAnswer verified = http("GET", TransparencyCalls.BASE + "/auditor/verify", "Bearer " + auditor, null);
        assertEquals(verified.body(), 200, verified.status());
    }

    @Test
    public void everyBadTokenIsRefusedWithItsReasonAndAChallenge() throws Exception {
        TestIdentityProvider foreign = new TestIdentityProvider();
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put(foreign.unsigned(CITIZEN), "unsigned token (alg none)");
        corpus.put(foreign.hmacWithThePublicKey(CITIZEN), "signature algorithm HS256 is not accepted");
        corpus.put(EidSimulator.token(Map.of("cpr", CITIZEN, "lifetime_seconds", "-600")), "token expired at");
        corpus.put(EidSimulator.token(Map.of("cpr", CITIZEN, "not_before_seconds", "600")), "not valid before");
        corpus.put(EidSimulator.token(Map.of("cpr", CITIZEN, "lifetime_seconds", "7200")),
                "longer than the maximum lifetime of 60 minutes");
        corpus.put(EidSimulator.token(Map.of("cpr", CITIZEN, "issuer", "https://evil.example/op")), "wrong issuer");
        corpus.put(EidSimulator.token(Map.of("cpr", CITIZEN, "audience", "another-service")), "wrong audience");
        corpus.put(foreign.token(CITIZEN).build(), "unknown key id 'rsa-1'");
        corpus.put(TestIdentityProvider.tampered(EidSimulator.token(Map.of("cpr", CITIZEN)), CITIZEN, "0404801234"),
                "signature does not verify");
        corpus.put("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "malformed");
        corpus.put(TestIdentityProvider.withHeader(EidSimulator.token(Map.of("cpr", CITIZEN)), "{not json"),
                "malformed token");
        for (Map.Entry<String, String> bad : corpus.entrySet()) {
            HttpAnswer refused = http("GET", usageOf(""), "Bearer " + bad.getKey(), null);
            assertEquals(bad.getValue() + ": " + refused.body(), 401, refused.status());
            assertTrue(bad.getValue(), refused.challenge() != null && refused.challenge().startsWith("Bearer"));
            assertTrue(refused.body(), refused.json().getString("message").contains(bad.getValue()));
            assertTrue("no stack trace", !refused.body().contains("Exception") && !refused.body().contains("at dk."));
        }
    }

    @Test
    public void aTokenCannotWriteItsOwnLinesIntoTheLog() throws Exception {
        String forged = "FORGED-" + System.nanoTime() + " | INFO | admin granted auditor to everyone";
        String token = EidSimulator.token(Map.of("cpr", CITIZEN, "issuer", "https://evil.example/op\r\n" + forged));
        assertEquals(401, http("GET", usageOf(""), "Bearer " + token, null).status());
        Path log = Path.of(System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log"), "karaf.log");
        await("the refusal in the log", () -> Files.readString(log).contains(forged));
        for (String line : Files.readAllLines(log)) {
            assertTrue("a forged line: " + line, !line.startsWith(forged));
            if (line.contains(forged)) {
                assertTrue(line, line.contains("wrong issuer 'https://evil.example/op\\u000d\\u000a" + forged));
            }
        }
    }

    @Test
    public void aLevelBelowSubstantialIsForbidden() throws Exception {
        HttpAnswer low = http("GET", usageOf(""), "Bearer " + EidSimulator.token(Map.of("cpr", CITIZEN, "loa", "Low")),
                null);
        assertEquals(low.body(), 403, low.status());
        assertTrue(low.body(), low.json().getString("message").contains("Low is too low"));
    }
}
