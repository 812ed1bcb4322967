package dk.forbind.connector.cprbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import org.junit.jupiter.api.Test;

class CprRecordParserTest {
    private static final SamplePerson SOREN = new SamplePerson("1505724321", "Søren", "Ærø",
            "Åboulevard 3, 2. th", "2200", "København N");

    @Test
    void readsEveryFieldOfAPersonRecord() {
        PersonRecord person = CprRecordParser.parse(CprBatchFile.personLine(SOREN));
        assertEquals(new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3, 2. th", "2200", "København N"),
                person);
    }

    @Test
    void trailingSpacesAfterThePostcodeMayBeMissing() {
        String line = CprBatchFile.personLine(new SamplePerson("1505724321", "A", "B", "C", "2200", ""));
        assertEquals("", CprRecordParser.parse(line.stripTrailing()).city());
    }

    @Test
    void refusesRecordsWithTheirReason() {
        String good = CprBatchFile.personLine(SOREN);
        assertRefused("002" + good.substring(3), "record type '002' is not a person record");
        assertRefused(good + "x", "person record has 168 characters");
        assertRefused(good.substring(0, 140), "person record has 140 characters");
        assertRefused(good.substring(0, 3) + "3102901234" + good.substring(13), "CPR date part 310290 is not a date");
        assertRefused(good.substring(0, 143) + "22A0" + good.substring(147), "postcode '22A0' is not 4 digits");
        assertRefused(good.substring(0, 63) + " ".repeat(40) + good.substring(103), "surname");
        assertRefused("", "empty record");
    }

    private static void assertRefused(String line, String reason) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> CprRecordParser.parse(line));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
