package dk.forbind.connector.personregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.person.PersonRecord;
import org.junit.jupiter.api.Test;

class PersonMessageTest {

    @Test
    void readsWhatPersonRecordWrites() {
        PersonRecord person = new PersonRecord("1505724321", "Søren \"Søn\"", "Ærø", "Vej 1\\2", "2200", "Kbh");
        assertEquals(person, PersonMessage.parse(person.toJson()));
    }

    @Test
    void refusesWhatIsNotAPerson() {
        assertRefused("", "no body");
        assertRefused("{not json", "not JSON");
        assertRefused("[1,2]", "JSON object");
        assertRefused("{\"cpr\":\"123\"}", "10-digit");
    }

    private static void assertRefused(String body, String reason) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> PersonMessage.parse(body));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
