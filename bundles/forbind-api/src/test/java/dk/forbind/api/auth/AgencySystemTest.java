package dk.forbind.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgencySystemTest {
    private static final AgencySystem HOUSING = new AgencySystem("29190623",
            UUID.fromString("4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11"), "Boligstøtte / sagssystem");

    @Test
    void aSystemIsReadBackFromItsBrokerUserNameWhateverItsNameHolds() {
        assertEquals("agency:29190623/4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11/Boligstøtte / sagssystem",
                HOUSING.brokerUser());
        assertEquals(Optional.of(HOUSING), AgencySystem.fromBrokerUser(HOUSING.brokerUser()));
    }

    @Test
    void otherBrokerUsersAreNoAgencySystems() {
        assertTrue(AgencySystem.fromBrokerUser("forbind-broker").isEmpty());
        assertTrue(AgencySystem.fromBrokerUser(null).isEmpty());
        assertTrue(AgencySystem.fromBrokerUser("agency:2919062/4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11/x").isEmpty());
        assertTrue(AgencySystem.fromBrokerUser("agency:29190623/not-a-uuid/x").isEmpty());
        assertTrue(AgencySystem.fromBrokerUser("agency:29190623/4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11").isEmpty());
    }
}
