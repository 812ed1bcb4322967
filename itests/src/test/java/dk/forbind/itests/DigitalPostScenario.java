package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.DeadLetter;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.SampleLetter;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.jms.JMSException;
import org.apache.camel.util.json.JsonObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * An agency's case system sends letters through Digital Post (the node's simulator), over REST and on the broker:
 * a registered citizen's letter is delivered and its receipt settles it; an exempt citizen's goes on paper to the
 * person register's address; a letter to someone with no address is parked with the reason and delivered on paper
 * when the operator replays it after the address is known; the same letter twice is delivered once and another
 * letter under its UUID is refused; an invalid letter, or one in another authority's name, is refused with every
 * reason; letters wait while Digital Post is down and are delivered once it is back; a letter Digital Post keeps
 * failing is retried, parked and delivered once by a replay; a receipt for an unknown letter is parked.
 */
public class DigitalPostScenario extends ForbindTestSupport {
    private static final String LETTERS = "/forbind/api/digitalpost/v1/letters";
    private static final String XML = "application/xml";
    private static final String DELIVERIES = "DLQ.forbind.digital-post.in";
    private static final String OUTBOUND = "forbind.digitalpost.outbound";
    private static final String RECEIPTS = "DLQ.forbind.digitalpost.receipts";
    private static final String STATUS_NOTICES = "forbind.agency." + SampleLetter.SENDER_CVR + ".digitalpost.status";

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
        // the next scenario's grants must be a new file, not one the configuration watcher takes for this one
        await("access unconfigured again",
                () -> executeCommand("forbind:access-list").startsWith("Agency access is not configured"));
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
        AgencyBrokerClient onTheBroker = AgencyBrokerClient.presenting(
                NodeTls.agencyCa().system(SampleLetter.SENDER_CVR, "Brevstatus").issue(), NodeTls.agencyCa());
        String notice = Await.until("the sender told on the broker", TIMEOUT,
                () -> onTheBroker.receive(STATUS_NOTICES, Duration.ofSeconds(1)),
                text -> text != null && text.contains(letter.uuid().toString()));
        assertTrue(notice, notice.contains("\"status\":\"DELIVERED\"") && notice.contains("SAG-DP-1"));
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
    public void aLetterToSomeoneWithoutAnAddressIsParkedAndDeliveredOnPaperOnceTheAddressIsKnown() throws Exception {
        SampleLetter letter = SampleLetter.toRegisteredCitizen().withRecipient("CPR", SampleLetter.UNKNOWN_CPR);

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());

        DeadLetter parked = awaitParked(DELIVERIES, letter.uuid().toString());
        assertTrue(parked.error(), parked.error().contains("the person register has no address"));
        JsonObject status = caseSystem.get(LETTERS + "/" + letter.uuid()).json();
        assertEquals("ACCEPTED", status.getString("status"));
        assertTrue(status.toJson(), status.toJson().contains("no address"));

        sendText("forbind.person-register.in", new PersonRecord(SampleLetter.UNKNOWN_CPR, "Ukendt", "Borger",
                "Ukendtvej 3", "5000", "Odense C").toJson());
        await("the citizen's address registered", () -> storedSurname(SampleLetter.UNKNOWN_CPR).isPresent());
        executeCommand("forbind:dlq-replay " + DELIVERIES + " " + parked.messageId());

        assertEquals("PAPER", awaitStatus(letter.uuid(), "DELIVERED").getString("channel"));
        assertEquals("Ukendt Borger, Ukendtvej 3, 5000 Odense C",
                DigitalPostSimulator.received(letter.uuid()).getString("printAddress"));
    }

    @Test
    public void aLetterDigitalPostKeepsFailingIsRetriedThenParkedAndAReplayDeliversItOnce() throws Exception {
        DigitalPostSimulator.mode("ERROR");
        SampleLetter letter = SampleLetter.toRegisteredCitizen();

        assertEquals(202, caseSystem.post(LETTERS, XML, letter.bytes()).status());

        DeadLetter parked = awaitParked(DELIVERIES, letter.uuid().toString());
        assertTrue(parked.error(), parked.error().contains("HTTP 500"));
        DigitalPostSimulator.mode("NORMAL");
        executeCommand("forbind:dlq-replay " + DELIVERIES + " " + parked.messageId());

        awaitStatus(letter.uuid(), "DELIVERED");
        assertEquals(1, DigitalPostSimulator.received(letter.uuid()).getInteger("requests").intValue());
        String shown = executeCommand("forbind:letter " + letter.uuid());
        assertTrue(shown, shown.contains("DELIVERED") && shown.contains("Afleveret") && shown.contains("HTTP 500"));
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
        assertTrue(deadLetters.browse(DELIVERIES, 100).stream()
                .noneMatch(parked -> parked.body().contains(letter.uuid().toString())));
    }

    @Test
    public void anAgencySystemOnTheBrokerSendsLettersInItsOwnNameOnly() throws Exception {
        AgencyBrokerClient system = AgencyBrokerClient.presenting(
                NodeTls.agencyCa().system(SampleLetter.SENDER_CVR, "Sagssystem på køen").issue(), NodeTls.agencyCa());
        SampleLetter letter = SampleLetter.toRegisteredCitizen();
        SampleLetter forged = SampleLetter.toRegisteredCitizen().withSender("34051178");

        await("the system may send letters on the broker", () -> sends(system, letter.xml()));
        system.send(OUTBOUND, forged.xml(), Map.of());

        assertTrue(awaitStatus(letter.uuid(), "DELIVERED").toJson().contains("Sagssystem på køen"));
        DeadLetter refused = awaitParked("DLQ." + OUTBOUND, forged.uuid().toString());
        assertTrue(refused.error(), refused.error().contains("is not the calling system's authority"));
    }

    @Test
    public void aReceiptForALetterNobodySentIsParkedNotDropped() throws Exception {
        UUID stranger = UUID.randomUUID();

        sendText("forbind.digitalpost.receipts", "<pko:PostStatus xmlns:pko=\"urn:forbind:pko:1\"><pko:MessageUUID>"
                + stranger + "</pko:MessageUUID><pko:TransaktionsStatusKode>Afleveret</pko:TransaktionsStatusKode>"
                + "</pko:PostStatus>");

        DeadLetter parked = awaitParked(RECEIPTS, stranger.toString());
        assertTrue(parked.error(), parked.error().contains("which this platform does not know"));
    }

    private static boolean sends(AgencyBrokerClient system, String letter) {
        try {
            system.send(OUTBOUND, letter, Map.of());
            return true;
        } catch (JMSException notYetGranted) {
            return false;
        }
    }

    /** The parked message whose body holds this text, once it is there (left on its queue). */
    private DeadLetter awaitParked(String queue, String text) throws Exception {
        return Await.until("a message with " + text + " parked on " + queue, TIMEOUT,
                () -> deadLetters.browse(queue, 1000).stream().filter(d -> d.body().contains(text)).findFirst(),
                Optional::isPresent).orElseThrow();
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
