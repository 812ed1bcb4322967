package dk.forbind.connector.cprbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.core.batch.BatchFileTable;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.EmbeddedBroker;
import dk.forbind.fixtures.SamplePersons;
import dk.forbind.fixtures.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedExchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a batch file was already processed is decided by the durable ledger of completed files, by
 * content: not by the broker's duplicate-id cache (which forgets after 20,000 ids, and is empty here
 * on purpose), and not by progress marks a refusal might leave behind.
 */
class CompletedFilesTest {
    private static final String QUEUE = "forbind.cpr-batch.in";

    @TempDir
    Path inbox;
    private final CamelContext camel = new DefaultCamelContext();
    private final BatchFileTable ledger = new BatchFileTable(TestDatabases.h2(), Duration.ofDays(400),
            Clock.systemUTC());
    private EmbeddedBroker broker;

    @BeforeEach
    void start() throws Exception {
        ledger.createIfMissing();
        broker = new EmbeddedBroker();
    }

    @AfterEach
    void stop() throws Exception {
        broker.close();
    }

    @Test
    void theSameContentIsRefusedUnderAnyNameWhateverTheBrokerRemembers() throws Exception {
        Path first = CprBatchFile.batch("ONCE").persons(SamplePersons.range(0, 10)).writeTo(inbox, "persons.txt");
        complete(process(first));
        assertEquals(10, broker.browse(QUEUE).size());

        broker.close();
        broker = new EmbeddedBroker(); // remembers no duplicate id of the first file
        Path copy = Files.copy(first, inbox.resolve("persons-again.txt"));
        InvalidBatchFileException refusal = assertThrows(InvalidBatchFileException.class, () -> process(copy));

        assertTrue(refusal.getMessage().contains("already processed on"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("as persons.txt (batch ONCE, 10 person records"),
                refusal.getMessage());
        assertEquals(0, broker.browse(QUEUE).size(), "nothing sent again");
        String report = Files.readString(inbox.resolve("failed/persons-again.txt.error"));
        assertTrue(report.contains("this file was already processed on"), report);
        try (var marks = Files.list(inbox.resolve(".progress"))) {
            assertEquals(0, marks.count(), "a refused file leaves no progress mark");
        }
    }

    @Test
    void aFileCountsAsCompletedOnlyOnceItIsDoneAndAResumedCopySendsNothing() throws Exception {
        Path file = CprBatchFile.batch("CRASH").persons(SamplePersons.range(20, 5)).writeTo(inbox, "crash.txt");
        process(file); // published, then the node died before the move to done/
        assertTrue(ledger.recent(null, 10).isEmpty());

        Exchange again = process(file);
        assertEquals(5, broker.browse(QUEUE).size(), "the resumption sent nothing more");
        complete(again);

        assertEquals("crash.txt", ledger.recent("cpr-batch", 10).get(0).fileName());
        try (var marks = Files.list(inbox.resolve(".progress"))) {
            assertEquals(0, marks.count(), "the progress mark is gone once the file is recorded");
        }
    }

    private Exchange process(Path file) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setBody(new File(file.toString()));
        new CprBatchFileProcessor("cpr-batch", inbox, broker.connectionFactory(), QUEUE, 4, ledger).process(exchange);
        return exchange;
    }

    /** What the file consumer does once the file is in done/: runs the exchange's completions. */
    private static void complete(Exchange exchange) {
        exchange.adapt(ExtendedExchange.class).handoverCompletions().forEach(s -> s.onComplete(exchange));
    }
}
