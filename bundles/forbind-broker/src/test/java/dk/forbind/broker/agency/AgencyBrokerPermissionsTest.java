package dk.forbind.broker.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.activemq.artemis.core.security.Role;
import org.junit.jupiter.api.Test;

class AgencyBrokerPermissionsTest {
    private static final UUID CASE_SYSTEM = UUID.fromString("4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11");
    private static final Role PLATFORM = new Role("forbind-broker", true, true, true, true, true, true, true, true,
            true, true, true, true);
    private static final List<AgencyGrant> GRANTS = List.of(
            new AgencyGrant("housing", "29190623", Optional.of(CASE_SYSTEM),
                    Set.of("connector:housing-benefit", "api:digitalpost.*")),
            new AgencyGrant("tax", "11111111", Optional.empty(), Set.of("connector:person-register")),
            new AgencyGrant("tax-auditor", "11111111", Optional.empty(), Set.of("api:transparency.auditor")));

    private final Map<String, Set<Role>> settings = AgencyBrokerPermissions.of(GRANTS, Set.of(PLATFORM));

    @Test
    void aConnectorGrantOpensTheConnectorsInboundAddressForSendingOnly() {
        Role housing = role("forbind.housing-benefit.in", "agency-29190623-" + CASE_SYSTEM);
        assertTrue(housing.isSend());
        assertFalse(housing.isConsume());
        assertFalse(housing.isBrowse());
        assertFalse(housing.isDeleteDurableQueue());
        assertFalse(housing.isManage());
        assertTrue(role("forbind.person-register.in", "agency-11111111").isSend());
    }

    @Test
    void aGrantToSendLettersOpensTheDigitalPostOutboundAddressForSendingOnly() {
        Role letters = role("forbind.digitalpost.outbound", "agency-29190623-" + CASE_SYSTEM);
        assertTrue(letters.isSend());
        assertFalse(letters.isConsume());
        assertFalse(letters.isBrowse());
        assertEquals(Set.of("forbind-broker", "agency-29190623-" + CASE_SYSTEM), names("forbind.digitalpost.outbound"));
    }

    @Test
    void eachGrantedAgencyReadsOnlyItsOwnReplies() {
        Role replies = role("forbind.agency.29190623.#", "agency-29190623");
        assertTrue(replies.isConsume());
        assertTrue(replies.isBrowse());
        assertFalse(replies.isSend());
        assertFalse(replies.isDeleteDurableQueue());
        assertEquals(Set.of("forbind-broker", "agency-11111111"), names("forbind.agency.11111111.#"));
    }

    @Test
    void onlyGrantedAddressesGetSettingsAndEachKeepsThePlatformsRoles() {
        assertEquals(Set.of("forbind.housing-benefit.in", "forbind.person-register.in", "forbind.digitalpost.outbound",
                "forbind.agency.29190623.#", "forbind.agency.11111111.#"), settings.keySet());
        settings.values().forEach(roles -> assertTrue(roles.contains(PLATFORM)));
        assertEquals(Set.of("forbind-broker", "agency-29190623-" + CASE_SYSTEM), names("forbind.housing-benefit.in"));
    }

    @Test
    void withoutGrantsNoAgencyGetsAnything() {
        assertTrue(AgencyBrokerPermissions.of(List.of(), Set.of(PLATFORM)).isEmpty());
    }

    @Test
    void aSystemHoldsTheRoleOfItsAgencyAndItsOwn() {
        AgencySystem system = new AgencySystem("29190623", CASE_SYSTEM, "Sagssystem");
        assertEquals(List.of("agency-29190623", "agency-29190623-" + CASE_SYSTEM), AgencyBrokerRoles.of(system));
        assertTrue(AgencyBrokerRoles.of(system).contains(AgencyBrokerRoles.of(GRANTS.get(0))));
    }

    private Role role(String match, String name) {
        return settings.get(match).stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(match + " has no role " + name + ": " + settings.get(match)));
    }

    private Set<String> names(String match) {
        return settings.get(match).stream().map(Role::getName).collect(java.util.stream.Collectors.toSet());
    }
}
