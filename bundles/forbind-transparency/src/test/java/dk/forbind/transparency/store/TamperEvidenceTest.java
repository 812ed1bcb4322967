package dk.forbind.transparency.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import dk.forbind.transparency.chain.LoggedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chain, its checkpoints and verify, against both supported databases. */
class TamperEvidenceTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    private static RegistryDatabase registryWith(String database, int events) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 10);
        List<DataAccessEvent> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(SampleAccessEvents.about(i % 2 == 0 ? SampleAccessEvents.CITIZEN : SampleAccessEvents.OTHER_CITIZEN,
                    T0.plusSeconds(60L * i)));
            if (batch.size() == 7) {
                registry.log.append(batch);
                batch.clear();
            }
        }
        registry.log.append(batch);
        return registry;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void appendedEventsFormAVerifiableChainWithSignedCheckpoints(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        ChainVerification result = registry.verifier().verify();
        assertTrue(result.ok(), result.summary());
        assertEquals(25, result.recordsChecked());
        assertEquals(1, result.firstSeq());
        assertEquals(25, result.lastSeq());
        assertEquals(2, result.checkpointsChecked(), "interval 10, batches of 7: checkpoints at 14 and 25");
        assertNull(registry.log.checkpoint(), "the newest record is covered already");
        registry.log.append(List.of(SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0)));
        assertEquals(26, registry.log.checkpoint().seq());
        assertEquals(3, registry.verifier().verify().checkpointsChecked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRedeliveredBatchIsNotStoredTwice(String database) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 10);
        List<DataAccessEvent> batch = List.of(SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0),
                SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0.plusSeconds(1)));
        assertEquals(2, registry.log.append(batch));
        assertEquals(0, registry.log.append(batch));
        assertEquals(1, registry.log.append(List.of(batch.get(0),
                SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0.plusSeconds(2)))));
        assertEquals(3, registry.verifier().verify().recordsChecked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRowChangedWithSqlIsNamed(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        registry.sql("UPDATE forbind_tr_event SET purpose = 'Nothing to see' WHERE seq = 12");
        assertBroken(registry, 12, "content was changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRowChangedAndRehashedBreaksTheNextLink(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        LoggedEvent original = read(registry, 12);
        LoggedEvent forged = new LoggedEvent(12, original.eventId(), original.logTime(), original.subjectType(),
                original.subjectKey(), original.processingType(), "Nothing to see", original.legalBasis(),
                original.dataCategories(), original.initiatorOrgCode(), original.initiatorOrgName(),
                original.initiatorSystem(), original.initiatorPerson(), original.targetOrg(), original.sourceOrg(),
                original.connector(), original.correlationId(), original.caseId(), original.bulk(),
                original.hiddenUntil(), original.hiddenReason(), original.prevHash(), null);
        registry.sql("UPDATE forbind_tr_event SET purpose = 'Nothing to see', hash = '" + forged.expectedHash()
                + "' WHERE seq = 12");
        assertBroken(registry, 13, "prevHash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDeletedRowIsNamed(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        registry.sql("DELETE FROM forbind_tr_event WHERE seq = 5");
        assertNull(assertBroken(registry, 5, "seq 5 is absent").brokenEventId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void deletingTheNewestRowsIsDetected(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        registry.log.checkpoint();
        registry.sql("DELETE FROM forbind_tr_event WHERE seq > 20");
        assertBroken(registry, 21, "after seq 20 are missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aForgedCheckpointIsDetected(String database) throws Exception {
        RegistryDatabase registry = registryWith(database, 25);
        registry.sql("UPDATE forbind_tr_checkpoint SET signature = 'MEUCIQ" + "A".repeat(60) + "==' WHERE seq = 14");
        assertBroken(registry, 14, "invalid signature");
    }

    private static ChainVerification assertBroken(RegistryDatabase registry, long seq, String problem)
            throws Exception {
        ChainVerification result = registry.verifier().verify();
        assertFalse(result.ok(), "verify must fail");
        assertEquals(seq, result.brokenSeq(), result.summary());
        assertTrue(result.problem().contains(problem), result.problem());
        return result;
    }

    static LoggedEvent read(RegistryDatabase registry, long seq) throws Exception {
        try (Connection connection = registry.dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + EventRows.COLUMNS + " FROM forbind_tr_event WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return EventRows.read(row);
            }
        }
    }
}
