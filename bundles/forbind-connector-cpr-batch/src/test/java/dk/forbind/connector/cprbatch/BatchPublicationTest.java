package dk.forbind.connector.cprbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.EmbeddedBroker;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Path;
import java.util.List;
import javax.jms.Message;
import javax.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPublicationTest {
    private static final String QUEUE = "forbind.cpr-batch.in";

    @TempDir
    Path inbox;
    private EmbeddedBroker broker;
    private BatchPublication publication;

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedBroker();
        publication = new BatchPublication(broker.connectionFactory(), QUEUE, 7);
    }

    @AfterEach
    void stop() throws Exception {
        broker.close();
    }

    @Test
    void publishesOnePersistentMessagePerRecordWithItsFileAndLine() throws Exception {
        Path file = CprBatchFile.batch("B-1").persons(SamplePersons.range(0, 20)).writeTo(inbox, "persons.txt");
        BatchFileSummary summary = BatchFileCheck.check(file);

        assertEquals(20, publication.publish(file, summary, new BatchProgress(inbox, summary.digest())));

        List<Message> messages = broker.browse(QUEUE);
        assertEquals(20, messages.size());
        Message first = messages.get(0);
        assertEquals(CprBatchFile.personLine(SamplePersons.person(0)), ((TextMessage) first).getText());
        assertEquals("persons.txt", first.getStringProperty(ForbindHeaders.SOURCE_FILE));
        assertEquals(String.valueOf(CprBatchFile.lineOfRecord(0)), first.getStringProperty(ForbindHeaders.SOURCE_LINE));
        assertEquals(javax.jms.DeliveryMode.PERSISTENT, first.getJMSDeliveryMode());
    }

    @Test
    void aStrayRecordInsideTheFileIsCountedAndSentNotDropped() throws Exception {
        String stray = "000" + "20261128" + "SECOND-START        ";
        Path file = CprBatchFile.batch("B-5").persons(SamplePersons.range(0, 2)).line(stray)
                .writeTo(inbox, "stray.txt");
        BatchFileSummary summary = BatchFileCheck.check(file);
        assertEquals(3, summary.personRecords());

        assertEquals(3, publication.publish(file, summary, new BatchProgress(inbox, summary.digest())));
        assertEquals(stray, ((TextMessage) broker.browse(QUEUE).get(2)).getText());
    }

    /** A checked file of 20 sample persons with its (empty) progress mark. */
    private record CheckedFile(Path file, BatchFileSummary summary, BatchProgress progress) {
    }

    private CheckedFile twentyPersons(String batchId) throws Exception {
        Path file = CprBatchFile.batch(batchId).persons(SamplePersons.range(0, 20)).writeTo(inbox, "persons.txt");
        BatchFileSummary summary = BatchFileCheck.check(file);
        return new CheckedFile(file, summary, new BatchProgress(inbox, summary.digest()));
    }

    private long publish(CheckedFile checked) throws Exception {
        return publication.publish(checked.file(), checked.summary(), checked.progress());
    }

    @Test
    void resumesAfterTheLastCommittedLine() throws Exception {
        CheckedFile checked = twentyPersons("B-2");
        checked.progress().committed(CprBatchFile.lineOfRecord(13)); // a crash after records 0..13 were committed

        assertEquals(6, publish(checked));
        assertEquals(CprBatchFile.personLine(SamplePersons.person(14)),
                ((TextMessage) broker.browse(QUEUE).get(0)).getText());
        assertEquals(6, broker.browse(QUEUE).size());
    }

    @Test
    void aCrashAfterABrokerCommitButBeforeItsMarkDeliversNoRecordTwice() throws Exception {
        CheckedFile checked = twentyPersons("B-3");
        publish(checked);
        // the last batch (records 14..19, batch size 7) was committed, but its mark still says pending
        checked.progress().pending(CprBatchFile.lineOfRecord(13), CprBatchFile.lineOfRecord(19));

        publish(checked);

        assertEquals(20, broker.browse(QUEUE).size());
    }

    @Test
    void aCrashBeforeTheBrokerCommitDeliversTheUncertainRecords() throws Exception {
        CheckedFile checked = twentyPersons("B-4");
        // records 0..6 reached the broker in an earlier run (not this broker); 7..13 were never committed
        checked.progress().pending(CprBatchFile.lineOfRecord(6), CprBatchFile.lineOfRecord(13));

        assertEquals(13, publish(checked));

        List<Message> messages = broker.browse(QUEUE);
        assertEquals(13, messages.size());
        assertEquals(CprBatchFile.personLine(SamplePersons.person(7)), ((TextMessage) messages.get(0)).getText());
        assertEquals(new BatchProgress.Mark(CprBatchFile.lineOfRecord(19) + 1, CprBatchFile.lineOfRecord(19) + 1),
                checked.progress().read());
    }
}
