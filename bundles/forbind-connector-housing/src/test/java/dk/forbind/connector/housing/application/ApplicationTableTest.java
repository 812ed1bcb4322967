package dk.forbind.connector.housing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.fixtures.TestDatabases;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application table on H2 and PostgreSQL: registered once, only forward, every open case asked about in turn. */
class ApplicationTableTest {

    private static ApplicationTable table(String database) throws SQLException {
        DataSource source = "postgresql".equals(database) ? TestDatabases.postgresql() : TestDatabases.h2();
        ApplicationTable table = new ApplicationTable(source, Clock.systemUTC());
        table.createAtStart();
        return table;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anApplicationIsRegisteredOnceAndMovesOnlyForward(String database) throws SQLException {
        ApplicationTable table = table(database);
        UUID id = UUID.randomUUID();
        assertTrue(table.register(id, "0101901234", "0303801234", "corr-1"));
        assertFalse(table.register(id, "0101901234", null, "corr-2"), "the second registration changes nothing");
        assertEquals(ApplicationStatus.QUEUED, table.find(id).orElseThrow().status());

        assertFalse(table.decided(id, true, BigDecimal.TEN), "no decision before a case");
        assertTrue(table.submitted(id, "BS-2026-000007"));
        assertFalse(table.submitted(id, "BS-2026-000008"), "a second case never replaces the first");
        assertFalse(table.refused(id, List.of("too late")), "a submitted application is not refused afterwards");
        assertTrue(table.decided(id, true, new BigDecimal("1234.50")));
        UUID letter = UUID.randomUUID();
        assertTrue(table.notified(id, letter));

        ApplicationRecord done = table.find(id).orElseThrow();
        assertEquals(ApplicationStatus.NOTIFIED, done.status());
        assertEquals("BS-2026-000007", done.caseId());
        assertEquals("0303801234", done.submittedByCpr());
        assertEquals(new BigDecimal("1234.50"), done.monthlyAmount());
        assertEquals(true, done.granted());
        assertEquals(letter, done.letter());
        assertEquals("corr-1", done.correlationId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRefusalKeepsEveryReason(String database) throws SQLException {
        ApplicationTable table = table(database);
        UUID id = UUID.randomUUID();
        table.register(id, "0101901234", null, "corr");
        assertTrue(table.refused(id, List.of("PostalCode 0555 is not a Danish postal code", "MonthlyRent must be above 0")));
        assertEquals(List.of("PostalCode 0555 is not a Danish postal code", "MonthlyRent must be above 0"),
                table.find(id).orElseThrow().reasons());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void openCasesAreAskedAboutInTurn(String database) throws SQLException {
        ApplicationTable table = table(database);
        String applicant = String.format("01019%05d", (int) (Math.random() * 100000)).substring(0, 10);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : ids) {
            table.register(id, applicant, null, "corr");
            table.submitted(id, "BS-2026-000001");
        }
        List<UUID> asked = new ArrayList<>();
        for (int look = 0; look < 50 && !asked.containsAll(ids); look++) {
            table.awaitingDecision(2).stream().map(ApplicationRecord::id).forEach(asked::add);
        }
        assertTrue(asked.containsAll(ids), "every open case is asked about, however many others there are");
        assertEquals(3, table.of(applicant, 10).size());
    }
}
