package dk.forbind.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NsisLevelTest {

    @Test
    void readsTheLabelItsCasesAndTheUriForm() {
        assertEquals(NsisLevel.HIGH, NsisLevel.parse("High"));
        assertEquals(NsisLevel.HIGH, NsisLevel.parse("high"));
        assertEquals(NsisLevel.HIGH, NsisLevel.parse("HIGH"));
        assertEquals(NsisLevel.SUBSTANTIAL, NsisLevel.parse(" Substantial "));
        assertEquals(NsisLevel.LOW, NsisLevel.parse(NsisLevel.LOW.uri()));
    }

    @Test
    void foldsNoOtherLetters() {
        // Unicode case folding would read these as High and Substantial
        assertThrows(IllegalArgumentException.class, () -> NsisLevel.parse("h\u0131gh"));
        assertThrows(IllegalArgumentException.class, () -> NsisLevel.parse("H\u0130GH"));
        assertThrows(IllegalArgumentException.class, () -> NsisLevel.parse("\u017Fubstantial"));
        assertThrows(IllegalArgumentException.class, () -> NsisLevel.parse("hIgH"));
        assertThrows(IllegalArgumentException.class, () -> NsisLevel.parse(null));
    }
}
