package dk.forbind.itests;

import static dk.forbind.itests.HousingCalls.API;
import static dk.forbind.itests.HousingCalls.APPLICANT;
import static dk.forbind.itests.HousingCalls.application;
import static dk.forbind.itests.HousingCalls.awaitApplication;
import static dk.forbind.itests.TransparencyCalls.citizen;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.HostileXml;
import dk.forbind.fixtures.TestIdentityProvider;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A citizen applies for housing benefit at home, over REST with MitID, while the agency's case system is an old
 * SOAP service (the node's simulator): the application waits on the broker, the case system opens a case, decides
 * it, and the decision reaches the citizen as a Digital Post letter — every step and every look-up recorded for the
 * citizen in the transparency registry.
 */
public class HousingScenario extends ForbindTestSupport {
    private static final String CASE_SYSTEM = HousingCalls.SIMULATOR + "/cases";

    @Before
    public void caseSystemAnswers() throws Exception {
        HousingCalls.caseSystemAnswers(this);
    }

    @After
    public void caseSystemBackToNormal() throws Exception {
        HousingCalls.caseSystem("NORMAL");
    }

    @Test
    public void anApplicationBecomesACaseADecisionAndALetterAllRecordedForTheCitizen() throws Exception {
        HttpAnswer accepted = http("POST", API + "/applications", citizen(APPLICANT), application());

        assertEquals(accepted.body(), 202, accepted.status());
        String id = accepted.json().getString("applicationId");
        assertTrue(accepted.header("Location"), accepted.header("Location").endsWith(API + "/applications/" + id));
        JsonObject notified = awaitApplication(id, "NOTIFIED");
        String caseId = notified.getString("caseId");
        assertTrue(notified.toJson(), caseId.matches("BS-[0-9]{4}-[0-9]{6}"));
        UUID letter = UUID.fromString(notified.getString("decisionLetter"));
        await("the decision letter handed to Digital Post once", () -> httpGet("/forbind/sim/digitalpost/received/"
                + letter).status() == 200 && DigitalPostSimulator.received(letter).getInteger("requests") == 1);
        assertEquals("one case for one application", 1, HousingCalls.casesOf(APPLICANT, id));

        JsonArray cases = (JsonArray) http("GET", API + "/cases", citizen(APPLICANT), null).json().get("cases");
        assertTrue(cases.toJson(), cases.stream().anyMatch(c -> caseId.equals(((JsonObject) c).getString("caseId"))));
        HttpAnswer one = http("GET", API + "/cases/" + caseId, citizen(APPLICANT), null);
        assertEquals(one.body(), 200, one.status());
        assertTrue(one.body(), one.json().get("decision") != null);

        String events = "SELECT COUNT(*) FROM forbind_tr_event WHERE connector = 'housing-benefit' AND ";
        await("one event for the application and one for the decision letter", () -> countRows(events
                + "processing_type = 'DATA_PROCESSING' AND case_id = '" + caseId + "'") == 2);
        await("one event for each look-up that returned the case", () -> countRows(events
                + "processing_type = 'DATA_REQUEST' AND case_id LIKE '%" + caseId + "%'") == 2);
    }

    @Test
    public void applicationsWaitOnTheBrokerWhileTheCaseSystemIsDownAndEachBecomesOneCase() throws Exception {
        HousingCalls.caseSystem("DOWN");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpAnswer accepted = http("POST", API + "/applications", citizen(APPLICANT), application());
            assertEquals("the citizen is not kept waiting: " + accepted.body(), 202, accepted.status());
            ids.add(accepted.json().getString("applicationId"));
        }
        awaitConnector("housing-benefit", ConnectorState.WAITING);
        for (String id : ids) {
            assertEquals("QUEUED", http("GET", API + "/applications/" + id, citizen(APPLICANT), null).json()
                    .getString("status"));
        }
        HttpAnswer lookUp = http("GET", API + "/cases", citizen(APPLICANT), null);
        assertEquals(lookUp.body(), 503, lookUp.status());
        assertTrue(lookUp.header("Retry-After"), Integer.parseInt(lookUp.header("Retry-After")) > 0);

        HousingCalls.caseSystem("NORMAL");

        for (String id : ids) {
            awaitApplication(id, "NOTIFIED");
            assertEquals("none lost, none doubled", 1, HousingCalls.casesOf(APPLICANT, id));
        }
        assertEquals(0, deadLetters.browse("DLQ.forbind.housing-benefit.in", 100).size());
    }

    @Test
    public void whatTheCaseSystemRefusesTheCitizenCanReadAndBadRequestsAreClearErrors() throws Exception {
        HttpAnswer refused = http("POST", API + "/applications", citizen(APPLICANT), application("postalCode", "0555"));
        assertEquals(refused.body(), 202, refused.status());
        JsonObject invalid = awaitApplication(refused.json().getString("applicationId"), "INVALID");
        assertTrue(invalid.toJson(), invalid.get("reasons").toString().contains("PostalCode 0555 is not a Danish"));

        HttpAnswer bad = http("POST", API + "/applications", citizen(APPLICANT), application("adults", "0",
                "postalCode", "12345", "pets", "2"));
        assertEquals(bad.body(), 400, bad.status());
        String reasons = bad.json().get("reasons").toString();
        assertTrue(reasons, reasons.contains("adults must be a whole number from 1 to 20"));
        assertTrue(reasons, reasons.contains("address.postalCode must be four digits"));
        assertTrue(reasons, reasons.contains("pets is not a field of an application"));

        assertEquals(404, http("GET", API + "/cases/BS-2026-999999", citizen(APPLICANT), null).status());
        assertEquals(400, http("GET", API + "/cases/42", citizen(APPLICANT), null).status());
        assertEquals(403, http("GET", API + "/cases?subject=0202902345", citizen(APPLICANT), null).status());
        assertEquals(401, http("GET", API + "/cases", null, null).status());
        String lowLevel = EidSimulator.token(Map.of("cpr", APPLICANT, "loa", "Low"));
        assertEquals(403, http("GET", API + "/cases", "Bearer " + lowLevel, null).status());
    }

    @Test
    public void aPowerOfAttorneyLetsTheAttorneyApplyForAndFollowTheRepresentedCitizen() throws Exception {
        String attorney = EidSimulator.token(Map.of("cpr", "0303801234", "privileges", TestIdentityProvider
                .privileges("urn:dk:gov:saml:cprNumberIdentifier:" + APPLICANT, "urn:dk:forbind:privilege:transparency:read")));
        HttpAnswer accepted = http("POST", API + "/applications", "Bearer " + attorney,
                application("applicant", APPLICANT));
        assertEquals(accepted.body(), 202, accepted.status());
        JsonObject submitted = awaitApplication(accepted.json().getString("applicationId"), "SUBMITTED", "NOTIFIED");
        assertEquals(true, submitted.getBoolean("submittedByRepresentative"));
        assertEquals(200, http("GET", API + "/cases?subject=" + APPLICANT, "Bearer " + attorney, null).status());
        assertEquals(403, http("POST", API + "/applications", "Bearer " + attorney,
                application("applicant", "0202902345")).status());
    }

    @Test
    public void theCircuitBreakerOpensOnAFailingCaseSystemAndClosesWhenItAnswersAgain() throws Exception {
        HousingCalls.caseSystem("FAULTY");
        String opened = Await.until("the circuit breaker open", TIMEOUT,
                () -> http("GET", API + "/cases", citizen(APPLICANT), null),
                answer -> answer.status() == 503 && answer.body().contains("circuit breaker")).body();
        assertTrue(opened, executeCommand("forbind:housing").contains("Circuit breaker:  OPEN"));
        String id = http("POST", API + "/applications", citizen(APPLICANT), application()).json()
                .getString("applicationId");
        await("the connector waiting while the breaker is open", () -> connector("housing-benefit").state()
                == ConnectorState.WAITING && String.valueOf(connector("housing-benefit").reason())
                .contains("circuit breaker"));

        HousingCalls.caseSystem("NORMAL");

        // half open after breaker.open.seconds: the trial look-ups pass and close it
        await("the circuit breaker closed again by look-ups that pass", () -> http("GET", API + "/cases",
                citizen(APPLICANT), null).status() == 200
                && executeCommand("forbind:housing").contains("Circuit breaker:  CLOSED"));
        awaitApplication(id, "SUBMITTED", "NOTIFIED");
    }

    @Test
    public void theCaseSystemTakesOnlyRequestsSignedWithTheConnectorsKey() throws Exception {
        KeyStore node = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "forbind-node.p12"))) {
            node.load(in, NodeTls.PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) node.getKey("forbind-node", NodeTls.PASSWORD.toCharArray());
        X509Certificate certificate = (X509Certificate) node.getCertificate("forbind-node");
        String listCases = "<c:ListCasesRequest xmlns:c=\"urn:forbind:housing:case-system:1\"><c:ApplicantCpr>"
                + APPLICANT + "</c:ApplicantCpr></c:ListCasesRequest>";
        String signed = SignedSoap.signed(listCases, key, certificate);
        assertEquals(200, SignedSoap.post(CASE_SYSTEM, signed).status());

        HttpAnswer unsigned = SignedSoap.post(CASE_SYSTEM, SignedSoap.envelope(listCases));
        assertEquals(unsigned.body(), 500, unsigned.status());
        assertTrue(unsigned.body(), unsigned.body().toLowerCase().contains("security"));
        HttpAnswer tampered = SignedSoap.post(CASE_SYSTEM, signed.replace(APPLICANT, "0202902345"));
        assertEquals(tampered.body(), 500, tampered.status());
        assertTrue(tampered.body(), tampered.body().toLowerCase().contains("security"));
        Oces3Ca.Issued stranger = NodeTls.agencyCa().system("11223344", "Fremmed system").issue();
        HttpAnswer untrusted = SignedSoap.post(CASE_SYSTEM, SignedSoap.signed(listCases, stranger.key(),
                stranger.certificate()));
        assertEquals(untrusted.body(), 500, untrusted.status());
    }

    @Test
    public void hostileBodiesAreClearErrorsAndNoCprNumberReachesTheLog() throws Exception {
        HttpAnswer oversize = http("POST", API + "/applications", citizen(APPLICANT),
                application("city", HostileXml.bulk(20_000)));
        assertEquals(oversize.body(), 400, oversize.status());
        assertTrue(oversize.body(), oversize.json().getString("message").contains("longer than 16384 bytes"));
        HttpAnswer malformed = http("POST", API + "/applications", citizen(APPLICANT), "{\"address\": [");
        assertEquals(malformed.body(), 400, malformed.status());
        HttpAnswer xml = http("POST", API + "/applications", citizen(APPLICANT),
                HostileXml.withExternalEntity("a", "<a>&xxe;</a>"), "application/xml");
        assertEquals(xml.body(), 415, xml.status());
        HttpAnswer named = http("POST", API + "/applications", citizen(APPLICANT), application(APPLICANT, "x"));
        assertEquals(named.body(), 400, named.status());
        assertTrue(named.body(), named.body().contains("010190****") && !named.body().contains(APPLICANT));

        HttpAnswer soapXxe = SignedSoap.post(CASE_SYSTEM, HostileXml.withExternalEntity("soap:Envelope",
                SignedSoap.envelope("<c:ListCasesRequest xmlns:c=\"urn:forbind:housing:case-system:1\"><c:ApplicantCpr>"
                        + "&xxe;</c:ApplicantCpr></c:ListCasesRequest>")));
        assertEquals(soapXxe.body(), 500, soapXxe.status());

        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue("the applicant's CPR number is nowhere in the log", !log.contains(APPLICANT));
    }
}
