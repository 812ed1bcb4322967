package dk.forbind.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    @Test
    void aMessageAboutARepresentedPersonNamesThemAndTheRepresentative() {
        Map<String, Object> headers = PrincipalHeaders.about(CITIZEN, DataSubject.cpr("0202802345"));
        assertEquals("0202802345", headers.get(ForbindHeaders.SUBJECT_ID));
        assertEquals("CPR", headers.get(ForbindHeaders.SUBJECT_TYPE));
        assertEquals("mitid:abc", headers.get(ForbindHeaders.INITIATOR_PERSON));
        assertEquals("High", headers.get(ForbindHeaders.LOA));
        headers.put(ForbindHeaders.CASE_ID, "k-1"); // the caller's to add to
    }

    @Test
    void anAgencySystemIsTheInitiatorWhateverTheCallerWrote() {
        AgencySystem system = new AgencySystem("29190623", UUID.fromString("4f1c2a7e-8d1b-4c55-9a0e-3b6f5d2c1a90"),
                "Boligstøtte");
        Map<String, Object> caller = Map.of(ForbindHeaders.INITIATOR_ORG, "11111111",
                ForbindHeaders.INITIATOR_ORG_NAME, "Someone else", ForbindHeaders.INITIATOR_PERSON, "caseworker-1");
        Map<String, Object> headers = PrincipalHeaders.of(ForbindPrincipal.of(system, NsisLevel.SUBSTANTIAL), caller);
        Map<String, Object> message = new HashMap<>(caller);
        message.putAll(headers);
        assertEquals("29190623", message.get(ForbindHeaders.INITIATOR_ORG));
        assertEquals("Boligstøtte (4f1c2a7e-8d1b-4c55-9a0e-3b6f5d2c1a90)", message.get(ForbindHeaders.INITIATOR_SYSTEM));
        assertNull(message.get(ForbindHeaders.INITIATOR_ORG_NAME));
        assertNull(message.get(ForbindHeaders.INITIATOR_PERSON));
        assertFalse(message.containsKey(ForbindHeaders.SUBJECT_ID), "a system is no data subject");
    }
}
