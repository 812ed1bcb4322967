package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An agency system reaches a marked operation its grant names; nothing unmarked; people are not asked. */
class AgencyGrantCheckTest {
    private static final AgencySystem GRANTED = new AgencySystem("29190623", UUID.randomUUID(), "case system");
    private static final AgencySystem OTHER = new AgencySystem("11111111", UUID.randomUUID(), "other");
    /** Grants CVR 29190623 the auditor operations of the test API, nothing else. */
    private static final AgencyAccess ACCESS = new AgencyAccess() {
        @Override
        public AccessDecision decide(AgencySystem system, String target) {
            return system.cvr().equals("29190623") && target.equals("api:test.auditor")
                    ? AccessDecision.allowed("grant.test") : AccessDecision.denied("no grant lets CVR "
                    + system.cvr() + " reach " + target);
        }

        @Override
        public List<AgencyGrant> grants() {
            return List.of();
        }
    };

    @AgencyOperation("auditor")
    static final class Auditing {
        public void verify() {
        }
    }

    static final class Citizens {
        public void usage() {
        }
    }

    private final AgencyGrantCheck check = new AgencyGrantCheck("Test", () -> Optional.of(ACCESS));

    @Test
    void aGrantedSystemReachesTheMarkedOperationAndNoOther() throws Exception {
        assertDoesNotThrow(() -> check.check(ForbindPrincipal.of(GRANTED, NsisLevel.SUBSTANTIAL), Auditing.class,
                method(Auditing.class, "verify")));
        ApiError unmarked = assertThrows(ApiError.class, () -> check.check(
                ForbindPrincipal.of(GRANTED, NsisLevel.SUBSTANTIAL), Citizens.class, method(Citizens.class, "usage")));
        assertEquals(403, unmarked.status());
        assertEquals("agency systems cannot call this operation of the test API", unmarked.getMessage());
        ApiError other = assertThrows(ApiError.class, () -> check.check(
                ForbindPrincipal.of(OTHER, NsisLevel.SUBSTANTIAL), Auditing.class, method(Auditing.class, "verify")));
        assertEquals("no grant lets CVR 11111111 reach api:test.auditor", other.getMessage());
    }

    @Test
    void withoutAgencyAccessNoSystemIsLetInAndPeopleAreNotAsked() throws Exception {
        AgencyGrantCheck unconfigured = new AgencyGrantCheck("Test", Optional::empty);
        ApiError refused = assertThrows(ApiError.class, () -> unconfigured.check(
                ForbindPrincipal.of(GRANTED, NsisLevel.SUBSTANTIAL), Auditing.class, method(Auditing.class, "verify")));
        assertEquals("agency access is not configured on this node", refused.getMessage());
        ForbindPrincipal citizen = new ForbindPrincipal("citizen", Set.of(ForbindRole.CITIZEN),
                DataSubject.cpr("0101701234"), Set.of(), NsisLevel.SUBSTANTIAL);
        assertDoesNotThrow(() -> unconfigured.check(citizen, Citizens.class, method(Citizens.class, "usage")));
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }
}
