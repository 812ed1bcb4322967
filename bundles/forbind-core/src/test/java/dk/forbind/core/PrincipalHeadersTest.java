package dk.forbind.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalHeadersTest {
    private static final ForbindPrincipal CITIZEN = new ForbindPrincipal("mitid:abc", Set.of(ForbindRole.CITIZEN),
            DataSubject.cpr("0101701234"), Set.of(DataSubject.cpr("0202802345")), NsisLevel.HIGH);

    @Test
    void aCitizenActingForThemselvesIsTheSubject() {
        Map<String, Object> headers = PrincipalHeaders.of(CITIZEN, Map.of());
        assertEquals("High", headers.get(ForbindHeaders.LOA));
        assertEquals("mitid:abc", headers.get(ForbindHeaders.INITIATOR_PERSON));
        assertEquals("0101701234", headers.get(ForbindHeaders.SUBJECT_ID));
        assertEquals("CPR", headers.get(ForbindHeaders.SUBJECT_TYPE));
    }

    @Test
    void aMessageAboutSomeoneElseKeepsItsSubject() {
        Map<String, Object> headers = PrincipalHeaders.of(CITIZEN, Map.of(ForbindHeaders.SUBJECT_ID, "0202802345"));
        assertFalse(headers.containsKey(ForbindHeaders.SUBJECT_ID));
        assertEquals("mitid:abc", headers.get(ForbindHeaders.INITIATOR_PERSON));
    }
}
