package dk.forbind.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.batch.CompletedBatchFile;
import dk.forbind.fixtures.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchFileTableTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String CONTENT = "a".repeat(64);

    private final DataSource database = TestDatabases.h2();
    private final BatchFileTable ledger = new BatchFileTable(database, Duration.ofDays(30),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void create() throws Exception {
        ledger.createIfMissing();
    }

    @Test
    void aRecordedFileIsCompletedForItsConnectorOnly() {
        ledger.record(file("cpr-batch", CONTENT, "persons.txt", NOW.minusSeconds(60)));

        CompletedBatchFile found = ledger.completed("cpr-batch", CONTENT).orElseThrow();
        assertEquals("persons.txt", found.fileName());
        assertEquals(NOW.minusSeconds(60), found.completedAt());
        assertTrue(ledger.completed("other-batch", CONTENT).isEmpty());
        assertTrue(ledger.completed("cpr-batch", "b".repeat(64)).isEmpty());
    }

    @Test
    void recordingTheSameContentAgainKeepsTheFirstRecord() {
        ledger.record(file("cpr-batch", CONTENT, "first.txt", NOW.minusSeconds(120)));
        ledger.record(file("cpr-batch", CONTENT, "second.txt", NOW.minusSeconds(60)));

        assertEquals("first.txt", ledger.completed("cpr-batch", CONTENT).orElseThrow().fileName());
        assertEquals(1, ledger.recent(null, 10).size());
    }

    @Test
    void filesOlderThanTheRetentionTimeAreForgottenAndPurged() throws Exception {
        ledger.record(file("cpr-batch", CONTENT, "old.txt", NOW.minus(Duration.ofDays(31))));
        assertTrue(ledger.completed("cpr-batch", CONTENT).isEmpty());

        ledger.record(file("cpr-batch", "c".repeat(64), "new.txt", NOW));
        try (var connection = database.getConnection(); var rows = connection.createStatement()
                .executeQuery("SELECT COUNT(*) FROM " + BatchFileTable.TABLE)) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the expired row is deleted");
        }
    }

    @Test
    void recentListsNewestFirstPerConnectorOrAll() {
        ledger.record(file("cpr-batch", "1".repeat(64), "monday.txt", NOW.minus(Duration.ofDays(2))));
        ledger.record(file("cpr-batch", "2".repeat(64), "tuesday.txt", NOW.minus(Duration.ofDays(1))));
        ledger.record(file("tax-batch", "3".repeat(64), "tax.txt", NOW));

        assertEquals(List.of("tax.txt", "tuesday.txt", "monday.txt"),
                ledger.recent(null, 10).stream().map(CompletedBatchFile::fileName).toList());
        assertEquals(List.of("tuesday.txt"),
                ledger.recent("cpr-batch", 1).stream().map(CompletedBatchFile::fileName).toList());
    }

    private static CompletedBatchFile file(String connector, String digest, String name, Instant at) {
        return new CompletedBatchFile(connector, digest, name, "BATCH-1", 10, at);
    }
}
