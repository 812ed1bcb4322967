package dk.forbind.access.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencySystem;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Grants deny by default, allow exactly what a line says, and refuse lines they cannot read. */
class AccessGrantsTest {
    private static final UUID CASE_SYSTEM = UUID.fromString("4f1c2a7e-8d1b-4c55-9a0e-3b6f5d2c1a90");
    private static final AgencySystem HOUSING = new AgencySystem("29190623", CASE_SYSTEM, "Boligstøtte");
    private static final AgencySystem HOUSING_OTHER = new AgencySystem("29190623", UUID.randomUUID(), "Other");
    private static final AgencySystem STRANGER = new AgencySystem("11111111", UUID.randomUUID(), "Stranger");

    private final AccessGrants grants = AccessGrants.parse(Map.of(
            "grant.housing-auditor", "29190623 : api:transparency.auditor",
            "grant.housing-system", "29190623/" + CASE_SYSTEM + " : connector:housing-benefit, api:digitalpost.*",
            "api.minimum.loa", "not a grant"));

    @Test
    void aGrantAllowsExactlyWhatItNames() {
        assertEquals(new AccessDecision(true, "allowed by grant.housing-auditor"),
                grants.decide(HOUSING_OTHER, "api:transparency.auditor"));
        assertTrue(grants.decide(HOUSING, "connector:housing-benefit").allowed());
        assertTrue(grants.decide(HOUSING, "api:digitalpost.send").allowed(), "api:<api>.* covers its operations");
        assertFalse(grants.decide(HOUSING, "api:transparency.citizen").allowed());
        assertFalse(grants.decide(HOUSING, "connector:cpr-batch").allowed());
    }

    @Test
    void aGrantForOneSystemDoesNotCoverTheAgencysOtherSystemsAndNothingCoversAStranger() {
        AccessDecision other = grants.decide(HOUSING_OTHER, "connector:housing-benefit");
        assertFalse(other.allowed());
        assertTrue(other.reason().contains("no grant lets CVR 29190623"), other.reason());
        assertFalse(grants.decide(STRANGER, "api:transparency.auditor").allowed());
        assertFalse(AccessGrants.none().decide(HOUSING, "api:transparency.auditor").allowed(), "deny by default");
    }

    @Test
    void aLineThatCannotBeReadStopsTheConfigurationWithItsKey() {
        for (String[] bad : new String[][] {{"2919062 : connector:x", "not a CVR number"},
                {"29190623/not-a-uuid : connector:x", "not a CVR number"},
                {"29190623 connector-x", "expected '<cvr>"},
                {"29190623 : everything", "'everything' is no target"},
                {"29190623 : api:transparency", "'api:transparency' is no target"}}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> AccessGrants.parse(Map.of("grant.bad", bad[0])));
            assertTrue(refused.getMessage().startsWith("grant.bad: ") && refused.getMessage().contains(bad[1]),
                    refused.getMessage());
        }
    }
}
