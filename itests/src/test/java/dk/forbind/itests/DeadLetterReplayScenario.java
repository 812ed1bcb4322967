package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.DeadLetter;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.util.List;
import org.junit.Test;

/**
 * One bad record in a file: exactly that record is parked with its file name and line, the others
 * go through, and the operator's corrected replay delivers it.
 */
public class DeadLetterReplayScenario extends ForbindTestSupport {
    private static final String DLQ = "DLQ.forbind.cpr-batch.in";

    @Test
    public void aBadRecordIsParkedAndItsCorrectedReplayIsDelivered() throws Exception {
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        List<SamplePerson> good = SamplePersons.range(3000, 5);
        SamplePerson fixed = SamplePersons.person(3005);
        String badLine = CprBatchFile.personLine(fixed).replaceFirst("^001\\d{4}", "0013102"); // 31 February
        CprBatchFile.batch("DLQ-1").persons(good.subList(0, 3)).line(badLine).persons(good.subList(3, 5))
                .writeTo(cprInbox(), "dlq-1.txt");

        List<String> goodCprs = cprsOf(good);
        await("5 good persons stored", () -> storedPersons(goodCprs) == 5);
        await("1 dead letter from dlq-1.txt", () -> parkedFrom("dlq-1.txt").size() == 1);
        DeadLetter parked = parkedFrom("dlq-1.txt").get(0);
        assertEquals(badLine, parked.body());
        assertEquals("dlq-1.txt", parked.properties().get(ForbindHeaders.SOURCE_FILE));
        assertEquals(String.valueOf(CprBatchFile.lineOfRecord(3)), parked.properties().get(ForbindHeaders.SOURCE_LINE));
        assertTrue(parked.error(), parked.error().contains("is not a date"));

        String listing = executeCommand("forbind:dlq-list " + DLQ);
        assertTrue(listing, listing.contains(parked.messageId()) && listing.contains("dlq-1.txt:" + CprBatchFile.lineOfRecord(3)));

        String answer = executeCommand("forbind:dlq-replay --body \"" + CprBatchFile.personLine(fixed) + "\" "
                + DLQ + " " + parked.messageId());
        assertTrue(answer, answer.contains("to forbind.cpr-batch.in (corrected)"));

        await("the corrected person stored", () -> storedPersons(List.of(fixed.cpr())) == 1);
        assertTrue(parkedFrom("dlq-1.txt").isEmpty());
    }

    /** The dead letters of one file (other scenarios on this node park records of their own files). */
    private List<DeadLetter> parkedFrom(String file) {
        return deadLetters.browse(DLQ, 1000).stream()
                .filter(d -> file.equals(d.properties().get(ForbindHeaders.SOURCE_FILE))).toList();
    }
}
