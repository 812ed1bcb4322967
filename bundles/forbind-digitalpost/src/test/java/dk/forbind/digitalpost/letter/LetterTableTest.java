package dk.forbind.digitalpost.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import dk.forbind.fixtures.SampleLetter;
import dk.forbind.fixtures.TestDatabases;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterTableTest {
    private final MemoReader reader = new MemoReader(MemoLimits.defaults());
    private final SampleLetter sample = SampleLetter.toRegisteredCitizen();

    private static LetterTable table(String database) throws SQLException {
        DataSource source = "postgresql".equals(database) ? TestDatabases.postgresql() : TestDatabases.h2();
        LetterTable table = new LetterTable(source, Clock.systemUTC());
        table.createAtStart();
        return table;
    }

    private NewLetter letter(SampleLetter letter) {
        MemoLetter read = reader.read(letter.bytes());
        return NewLetter.of(read, "CVR 29190623 system 'Sagssystem'", "corr-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLetterIsRegisteredOnceAndItsUuidNeverServesAnother(String database) throws SQLException {
        LetterTable table = table(database);

        Registration first = table.register(letter(sample));
        Registration again = table.register(letter(sample));
        Registration other = table.register(letter(sample.withLabel("Et andet brev")));

        assertEquals(Registration.Outcome.NEW, first.outcome());
        assertEquals(Registration.Outcome.SAME, again.outcome());
        assertEquals(Registration.Outcome.CONFLICT, other.outcome());
        LetterRecord stored = table.find(sample.uuid()).orElseThrow();
        assertEquals(LetterStatus.ACCEPTED, stored.status());
        assertEquals("Afgørelse om boligstøtte", stored.label());
        assertEquals(DataSubject.cpr(SampleLetter.REGISTERED_CPR), stored.recipient());
        assertEquals(Optional.of("SAG-1"), stored.caseIdIfAny());
        assertEquals(1, stored.history().size());
        assertTrue(table.memo(sample.uuid()).orElseThrow().length > 2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLetterOnlyMovesForwardButEveryStepIsKept(String database) throws SQLException {
        LetterTable table = table(database);
        table.register(letter(sample));

        table.advance(sample.uuid(), LetterStatus.SENT, "202", null, "DIGITAL", "tx-1");
        table.advance(sample.uuid(), LetterStatus.DELIVERED, "Afsendt", "receipt", null, null);
        table.advance(sample.uuid(), LetterStatus.SENT, "202", "redelivered send", null, null);
        LetterRecord letter = table.find(sample.uuid()).orElseThrow();

        assertEquals(LetterStatus.DELIVERED, letter.status());
        assertEquals("DIGITAL", letter.channel());
        assertEquals("tx-1", letter.transactionId());
        assertEquals(List.of(LetterStatus.ACCEPTED, LetterStatus.SENT, LetterStatus.DELIVERED, LetterStatus.SENT),
                letter.history().stream().map(StatusChange::status).toList());
        assertFalse(table.advance(UUID.randomUUID(), LetterStatus.SENT, null, null, null, null));
        assertEquals(List.of(), table.letter(sample.uuid()).orElseThrow().history());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void contentIsForgottenOnlyOnceTheLetterIsSettled(String database) throws SQLException {
        LetterTable table = table(database);
        SampleLetter waiting = sample.withUuid(UUID.randomUUID());
        table.register(letter(sample));
        table.register(letter(waiting));
        table.advance(sample.uuid(), LetterStatus.DELIVERED, null, null, "DIGITAL", null);

        assertEquals(1, table.forgetContent(Instant.now().plusSeconds(1)));

        assertEquals(Optional.empty(), table.memo(sample.uuid()));
        assertFalse(table.find(sample.uuid()).orElseThrow().contentKept());
        assertTrue(table.memo(waiting.uuid()).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void lettersAreFoundByRecipientAndByStatus(String database) throws SQLException {
        LetterTable table = table(database);
        table.register(letter(sample));
        table.register(letter(sample.withUuid(UUID.randomUUID()).withRecipient("CPR", SampleLetter.EXEMPT_CPR)));

        assertEquals(List.of(sample.uuid()), table.toRecipient(DataSubject.cpr(SampleLetter.REGISTERED_CPR), 10)
                .stream().map(LetterRecord::uuid).toList());
        assertEquals(2, table.recent(10, LetterStatus.ACCEPTED).size());
        assertEquals(0, table.recent(10, LetterStatus.SENT).size());
    }
}
