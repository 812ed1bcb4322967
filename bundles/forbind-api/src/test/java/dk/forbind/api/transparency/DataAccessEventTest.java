package dk.forbind.api.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataAccessEventTest {
    private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123456Z");

    private static DataAccessEvent event(Instant hiddenUntil, String hiddenReason) {
        return new DataAccessEvent("e-1", AT, DataSubject.cpr("0101701234"), ProcessingType.DATA_REQUEST, "purpose",
                "basis", List.of("CPR number"), new InitiatorOrg("29190623", null, "forbind/x"), null, null, null, "x",
                "c-1", null, false, hiddenUntil, hiddenReason);
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        assertEquals(Instant.parse("2026-11-28T10:15:30.123Z"), event(null, null).logTime());
    }

    @Test
    void aHiddenEventMustSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> event(AT, " "));
        assertTrue(e.getMessage().contains("hiddenReason"));
        DataAccessEvent hidden = event(AT.plusSeconds(60), "covert investigation");
        assertTrue(hidden.hiddenAt(AT));
        assertFalse(hidden.hiddenAt(AT.plusSeconds(61)));
    }

    @Test
    void processingTypesParseCaseInsensitivelyAndNameTheValidOnes() {
        assertEquals(ProcessingType.DATA_RESPONSE, ProcessingType.parse(" data_response "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessingType.parse("SPY"));
        assertTrue(e.getMessage().contains("INTERNAL_PROCESSING"), e.getMessage());
    }
}
