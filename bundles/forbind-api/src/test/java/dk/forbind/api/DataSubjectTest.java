package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DataSubjectTest {

    @Test
    void cprNeedsTenDigits() {
        assertEquals("0101901234", DataSubject.cpr("0101901234").id());
        assertThrows(IllegalArgumentException.class, () -> DataSubject.cpr("010190123"));
        assertThrows(IllegalArgumentException.class, () -> DataSubject.cpr("010190-1234"));
    }

    @Test
    void cvrNeedsEightDigits() {
        assertEquals(SubjectType.CVR, DataSubject.cvr("29190623").type());
        assertThrows(IllegalArgumentException.class, () -> DataSubject.cvr("2919062"));
    }

    @Test
    void textFormNeverShowsTheFullNumber() {
        DataSubject subject = DataSubject.cpr("0101901234");
        assertEquals("CPR:010190****", subject.toString());
        assertFalse(subject.toString().contains("1234"));
    }

    @Test
    void errorMessagesDoNotLeakTheNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSubject.cpr("01019012345"));
        assertFalse(e.getMessage().contains("12345"), e.getMessage());
    }
}
