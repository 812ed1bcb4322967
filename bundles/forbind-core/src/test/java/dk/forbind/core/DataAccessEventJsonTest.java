package dk.forbind.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.api.transparency.ProcessingType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataAccessEventJsonTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        DataAccessEvent event = new DataAccessEvent("e-1", Instant.parse("2026-11-28T10:15:30.123Z"),
                DataSubject.cpr("0101701234"), ProcessingType.DATA_RESPONSE, "purpose \"quoted\"", "basis",
                List.of("CPR number", "address"), new InitiatorOrg("29190623", "Kommunen", "forbind/x"), "emp-1",
                "target", "source", "x", "c-1", "case-1", true, Instant.parse("2027-01-01T00:00:00Z"), "covert");
        assertEquals(event, DataAccessEventJson.read(DataAccessEventJson.write(event)));
    }

    @Test
    void textFromAnAgencyWithQuotesControlCharactersAndDanishLettersSurvives() {
        DataAccessEvent event = new DataAccessEvent("e-2", Instant.parse("2026-11-28T10:15:30Z"),
                DataSubject.cpr("0101701234"), ProcessingType.DATA_RESPONSE, "Sagsbehandling \\ \"§ 11\"\n\t\u0001",
                "Lov om social service, § 11", List.of("navn", "adresse (æøå)"),
                new InitiatorOrg("29190623", "Københavns Kommune", "forbind/x"), null, null, null, "x", "c-2",
                null, false, null, null);
        assertEquals(event, DataAccessEventJson.read(DataAccessEventJson.write(event)));
    }

    @Test
    void incompleteEventIsInvalidWithAReason() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> DataAccessEventJson.read("{\"eventId\":\"e-1\"}"));
        assertTrue(e.getMessage().contains("incomplete") || e.getMessage().contains("needs"), e.getMessage());
        assertThrows(InvalidMessageException.class, () -> DataAccessEventJson.read("not json"));
    }
}
