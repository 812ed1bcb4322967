package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Rule;
import org.junit.Test;

/**
 * The node is killed (kill -9) while it publishes a batch file. After a restart the file is read
 * again from its progress mark and every person reaches the database; nothing is parked; and the
 * transparency registry holds exactly one data-access event per person and connector, in a chain
 * that verifies.
 */
public class NodeCrashMidFileIT {
    /** Enough that the kill falls mid-file (published at about 1,200 records/s, killed after 2,000). */
    private static final int RECORDS = 10_000;
    private static final Map<String, String> ENVIRONMENT = Map.of("FORBIND_BROKER_PASSWORD", "crash-broker-secret");

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    @Test
    public void noRecordIsLostWhenTheNodeDiesMidFile() throws Exception {
        node.start(ENVIRONMENT);
        Path inbox = node.home.resolve("inbox/cpr");
        CprBatchFile.batch("CRASH-1").persons(SamplePersons.range(20_000, RECORDS)).writeTo(inbox, "crash-1.txt");

        awaitCommittedLines(inbox, 2_000);
        node.kill();
        assertTrue("the file is still in the inbox", Files.exists(inbox.resolve("crash-1.txt")));

        node.start(ENVIRONMENT);
        awaitDrained(inbox);
        JsonObject verification = node.verifyRegistry();
        node.stop();

        assertEquals(RECORDS, rows("SELECT COUNT(*) FROM forbind_person"));
        RegistryRows.assertOneEventPerPersonAndConnector(this::rows, RECORDS);
        assertEquals(verification.toJson(), true, verification.getBoolean("ok"));
        String log = Files.readString(node.home.resolve("data/log/karaf.log"));
        assertTrue("resumed from its progress mark", log.contains("Resuming crash-1.txt after line"));
        assertTrue("nothing parked", !log.contains("Parking message"));
    }

    /** Waits until the broker has committed at least this many lines of the file. */
    private static void awaitCommittedLines(Path inbox, long lines) throws Exception {
        Await.until("a progress mark at line " + lines, Duration.ofSeconds(120),
                () -> InboxProgress.committedLines(inbox),
                committed -> committed >= lines);
    }

    /** Waits until the file is done and both queues of the flow are empty. */
    private void awaitDrained(Path inbox) throws Exception {
        Await.until("the file done and the flow's queues empty", Duration.ofSeconds(240),
                () -> Files.exists(inbox.resolve("done/crash-1.txt")) && node.queueDepth("forbind.cpr-batch.in") == 0
                        && node.queueDepth("forbind.person-register.in") == 0 && node.queueDepth("forbind.transparency.events") == 0);
    }

    private int rows(String sql) throws Exception {
        try (Connection c = node.database();
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
