package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.SampleLetter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.util.json.JsonObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * An agency's case system sends letters through Digital Post (the node's simulator): a registered citizen's letter
 * is delivered and its receipt settles it; an exempt citizen's goes on paper to the person register's address; a
 * letter to someone with no address is parked with the reason; the same letter twice is delivered once and another
 * letter under its UUID is refused; an invalid letter is refused with every reason; letters wait while Digital Post
 * is down and are delivered once it is back.
 */
public class DigitalPostScenario extends ForbindTestSupport {
    private static final String LETTERS = "/forbind/api/digitalpost/v1/letters";
    private static final String XML = "application/xml";

    private Path grants;
    private AgencyClient caseSystem;

    @Before
    public void grantTheCaseSystemLetters() throws Exception {
        grants = Path.of(System.getProperty("karaf.etc"), "dk.forbind.access.cfg");
        Files.writeString(grants, "trusted.issuers.file = ${karaf.etc}/forbind-agency-issuers.pem\n"
                + "grant.letters = " + SampleLetter.SENDER_CVR + " : api:digitalpost.send\n");
        caseSystem = AgencyClient.presenting(EidSimulator.systemCertificate(
                Map.of("cvr", SampleLetter.SENDER_CVR, "system", "Boligstøtte sagssystem")));
        awaitConnector("digital-post", ConnectorState.RUNNING);
        await("the case system may send letters", () -> caseSystem.get(LETTERS + "/" + UUID.randomUUID()).status() == 404);
    }

    @After
    public void revokeTheGrant() throws Exception {
        DigitalPostSimulator.mode("NORMAL");
        Files.deleteIfExists(grants);
    }

    @Test
    public void aRegisteredCitizensLetterIsDeliveredAndRecordedForTheCitizen() throws Exception {
        SampleLetter letter = SampleLetter.toRegisteredCitizen().withCaseId("SAG-DP-1");

        HttpAnswer accepted = caseSystem.post(LETTERS, XML, letter.bytes());

        assertEquals(accepted.body(), 202, accepted.status());
        assertTrue(accepted.header("Location"), accepted.header("Location").endsWith(LETTERS + "/" + letter.uuid()));
        JsonObject status = awaitStatus(letter.uuid(), "DELIVERED");
        assertEquals("DIGITAL", status.getString("channel"));
        assertEquals(1, DigitalPostSimulator.received(letter.uuid()).getInteger("requests").intValue());
        await("one data-access event for the citizen, naming the sender and the case", () -> events("SAG-DP-1") == 1);
    }

    @Test
    public void anExemptCitizenGetsTheLetterOnPaperAtTheRegistersAddress() throws Exception {
        sendText("forbind.person-register.in", new PersonRecord(SampleLetter.EXEMPT_CPR, "Grethe", "Papir",
                "Papirvej 2", "8000", "Aarhus C").toJson());
        await("the exempt citizen's address registered", () -> storedSurname(SampleLetter.EXEMPT_CPR).isPresent());
        SampleLetter letter = SampleLetter.toRegisteredCitizen().withRecipient("CPR", SampleLetter.EXEMPT_CPR);

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());

        assertEquals("PAPER", awaitStatus(letter.uuid(), "DELIVERED").getString("channel"));
        JsonObject printed = DigitalPostSimulator.received(letter.uuid());
        assertEquals("Fysisk Post", printed.getString("channel"));
        assertEquals("Grethe Papir, Papirvej 2, 8000 Aarhus C", printed.getString("printAddress"));
    }

    @Test
    public void aLetterToSomeoneWithoutAnAddressIsParkedWithTheReason() throws Exception {
        SampleLetter letter = SampleLetter.toRegisteredCitizen().withRecipient("CPR", SampleLetter.UNKNOWN_CPR);

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());

        ReceivedText parked = Await.until("the letter parked", TIMEOUT,
                () -> receive("DLQ.forbind.digital-post.in", Duration.ofSeconds(1)),
                message -> message != null && message.text().equals(letter.uuid().toString()));
        assertTrue(parked.properties().get("ForbindError"),
                parked.properties().get("ForbindError").contains("the person register has no address"));
        JsonObject status = caseSystem.get(LETTERS + "/" + letter.uuid()).json();
        assertEquals("ACCEPTED", status.getString("status"));
        assertTrue(status.toJson(), status.toJson().contains("no address"));
    }

    @Test
    public void theSameLetterTwiceIsDeliveredOnceAndItsUuidServesNoOtherLetter() throws Exception {
        SampleLetter letter = SampleLetter.toRegisteredCitizen();

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());
        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());
        HttpAnswer other = caseSystem.post(LETTERS, XML, letter.withLabel("Et andet brev").bytes());

        assertEquals(other.body(), 409, other.status());
        awaitStatus(letter.uuid(), "DELIVERED");
        assertEquals(1, DigitalPostSimulator.received(letter.uuid()).getInteger("requests").intValue());
    }

    @Test
    public void anInvalidLetterIsRefusedWithEveryReason() throws Exception {
        SampleLetter invalid = SampleLetter.toRegisteredCitizen().withRecipient("CPR", "3213901234")
                .withOnlyFile("brev.pdf", "application/zip", "zip".getBytes(StandardCharsets.UTF_8));

        HttpAnswer refused = caseSystem.post(LETTERS, XML, invalid.bytes());

        assertEquals(refused.body(), 400, refused.status());
        assertEquals(refused.body(), 2, refused.json().getCollection("reasons").size());
        HttpAnswer notMine = caseSystem.post(LETTERS, XML, SampleLetter.toRegisteredCitizen().withSender("34051178")
                .bytes());
        assertEquals(notMine.body(), 400, notMine.status());
        assertTrue(notMine.body(), notMine.body().contains("is not the calling system's authority"));
    }

    @Test
    public void lettersWaitWhileDigitalPostIsDownAndAreDeliveredOnceItIsBack() throws Exception {
        DigitalPostSimulator.mode("DOWN");
        SampleLetter letter = SampleLetter.toRegisteredCitizen();

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());
        awaitConnector("digital-post", ConnectorState.WAITING);
        DigitalPostSimulator.mode("NORMAL");

        awaitStatus(letter.uuid(), "DELIVERED");
        awaitConnector("digital-post", ConnectorState.RUNNING);
        assertTrue(deadLetters.browse("DLQ.forbind.digital-post.in", 100).stream()
                .noneMatch(parked -> parked.body().contains(letter.uuid().toString())));
    }

    private JsonObject awaitStatus(UUID letter, String status) throws Exception {
        return Await.until("letter " + letter + " " + status, TIMEOUT,
                () -> caseSystem.get(LETTERS + "/" + letter).json(),
                json -> status.equals(json.getString("status")));
    }

    private int events(String caseId) throws Exception {
        return countRows("SELECT COUNT(*) FROM forbind_tr_event WHERE connector = 'digital-post'"
                + " AND case_id = '" + caseId + "' AND initiator_org_code = '" + SampleLetter.SENDER_CVR + "'");
    }
}
