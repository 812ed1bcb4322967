package dk.forbind.transparency.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.api.transparency.RetentionPurge;
import dk.forbind.fixtures.SampleAccessEvents;
import dk.forbind.transparency.chain.LoggedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a citizen and an auditor see, and retention, against both supported databases. */
class CitizenViewTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant EVER = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCitizenSeesOwnRecordsNewestFirstInPages(String database) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 100);
        List<DataAccessEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0.plusSeconds(i),
                    i % 3 == 0 ? ProcessingType.DATA_RESPONSE : ProcessingType.DATA_REQUEST));
            events.add(SampleAccessEvents.about(SampleAccessEvents.OTHER_CITIZEN, T0.plusSeconds(i)));
        }
        registry.log.append(events);
        UsageQuery usage = new UsageQuery(registry.dataSource);
        String mine = registry.subjectKey.of(DataSubject.cpr(SampleAccessEvents.CITIZEN));

        UsageQuery.Page first = usage.page(new UsageQuery.Filter(mine, EVER, NEVER, null, null, NOW), 0, 12);
        assertEquals(30, first.total());
        assertEquals(12, first.records().size());
        assertEquals(T0.plusSeconds(29), first.records().get(0).logTime());
        assertTrue(first.records().stream().allMatch(r -> r.subjectKey().equals(mine)));
        UsageQuery.Page last = usage.page(new UsageQuery.Filter(mine, EVER, NEVER, null, null, NOW), 24, 12);
        assertEquals(6, last.records().size());
        assertEquals(T0, last.records().get(5).logTime());

        UsageQuery.Page responses = usage.page(new UsageQuery.Filter(mine, EVER, NEVER,
                ProcessingType.DATA_RESPONSE, null, NOW), 0, 100);
        assertEquals(10, responses.total());
        UsageQuery.Page period = usage.page(new UsageQuery.Filter(mine, T0.plusSeconds(10), T0.plusSeconds(20),
                null, null, NOW), 0, 100);
        assertEquals(10, period.total(), "from inclusive, to exclusive");

        assertEquals(30, usage.page(new UsageQuery.Filter(mine, EVER, NEVER, null, "29190623", NOW), 0, 1).total());
        assertEquals(0, usage.page(new UsageQuery.Filter(mine, EVER, NEVER, null, "11111111", NOW), 0, 1).total());
        List<String[]> authorities = usage.authorities(new UsageQuery.Filter(mine, EVER, NEVER, null, null, NOW));
        assertEquals(1, authorities.size());
        assertEquals(List.of("29190623", "Københavns Kommune"), List.of(authorities.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aHiddenRecordStaysHiddenUntilItsDateOrADisclosure(String database) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 100);
        DataAccessEvent open = SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0);
        DataAccessEvent covert = SampleAccessEvents.hidden(SampleAccessEvents.CITIZEN, T0.plusSeconds(1),
                NOW.plusSeconds(3600));
        DataAccessEvent expired = SampleAccessEvents.hidden(SampleAccessEvents.CITIZEN, T0.plusSeconds(2),
                NOW.minusSeconds(1));
        registry.log.append(List.of(open, covert, expired));
        UsageQuery usage = new UsageQuery(registry.dataSource);
        UsageQuery.Filter mine = new UsageQuery.Filter(registry.subjectKey.of(DataSubject.cpr(SampleAccessEvents.CITIZEN)),
                EVER, NEVER, null, null, NOW);

        assertEquals(List.of(expired.eventId(), open.eventId()), ids(usage.page(mine, 0, 10).records()));
        List<String> exported = new ArrayList<>();
        usage.each(mine, r -> exported.add(r.eventId()));
        assertEquals(List.of(open.eventId(), expired.eventId()), exported);

        Disclosures disclosures = new Disclosures(registry.dataSource);
        assertEquals(Disclosures.Outcome.NOT_HIDDEN, disclosures.disclose(open.eventId(), "auditor", "x", NOW));
        assertEquals(Disclosures.Outcome.UNKNOWN_EVENT, disclosures.disclose("nope", "auditor", "x", NOW));
        assertEquals(Disclosures.Outcome.DISCLOSED, disclosures.disclose(covert.eventId(), "auditor",
                "investigation closed", NOW));
        assertEquals(Disclosures.Outcome.ALREADY_DISCLOSED, disclosures.disclose(covert.eventId(), "auditor", "x", NOW));
        assertEquals(3, usage.page(mine, 0, 10).total());
        assertTrue(registry.verifier().verify().ok(), "disclosing does not touch the chain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void retentionPurgeCutsAtACheckpointAndTheRestStillVerifies(String database) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 10);
        for (int batch = 0; batch < 5; batch++) {
            List<DataAccessEvent> events = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                events.add(SampleAccessEvents.about(SampleAccessEvents.CITIZEN, T0.plusSeconds(batch * 100L + i)));
            }
            registry.log.append(events);
        }
        // checkpoints at 10, 20, 30, 40, 50; records of checkpoint 30 are from T0+209s
        RetentionPurge purge = new RetentionPurger(registry.dataSource).purgeBefore(T0.plusSeconds(250));
        assertEquals(30, purge.purgedRecords());
        assertEquals(30L, purge.anchorSeq());
        var result = registry.verifier().verify();
        assertTrue(result.ok(), result.summary());
        assertEquals(31, result.firstSeq());
        assertEquals(20, result.recordsChecked());

        registry.sql("DELETE FROM forbind_tr_checkpoint WHERE seq = 30");
        var unanchored = registry.verifier().verify();
        assertTrue(!unanchored.ok() && unanchored.problem().contains("no signed checkpoint anchors"),
                unanchored.summary());
    }

    private static List<String> ids(List<LoggedEvent> records) {
        return records.stream().map(LoggedEvent::eventId).toList();
    }
}
