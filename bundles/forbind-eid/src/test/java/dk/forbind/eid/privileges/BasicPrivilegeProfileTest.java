package dk.forbind.eid.privileges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.fixtures.TestIdentityProvider;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasicPrivilegeProfileTest {

    @Test
    void powersOfAttorneyAndTheAuditorPrivilegeAreRead() {
        List<BasicPrivilegeProfile.PrivilegeGroup> groups = BasicPrivilegeProfile.parse(
                TestIdentityProvider.privileges(
                        "urn:dk:gov:saml:cprNumberIdentifier:0202802345", ForbindPrivileges.READ_ON_BEHALF,
                        "urn:dk:gov:saml:cvrNumberIdentifier:29190623", ForbindPrivileges.READ_ON_BEHALF,
                        "urn:dk:gov:saml:cvrNumberIdentifier:12345678", "urn:dk:other:privilege",
                        "urn:dk:gov:saml:productionUnitIdentifier:1003388394", ForbindPrivileges.READ_ON_BEHALF));
        assertEquals(4, groups.size());
        assertEquals(Set.of(DataSubject.cpr("0202802345"), DataSubject.cvr("29190623")),
                ForbindPrivileges.represented(groups));
        assertEquals(Set.of(), ForbindPrivileges.roles(groups));
        assertEquals(Set.of(ForbindRole.AUDITOR), ForbindPrivileges.roles(BasicPrivilegeProfile.parse(
                TestIdentityProvider.privileges("urn:dk:gov:saml:cvrNumberIdentifier:29190623",
                        ForbindPrivileges.AUDITOR))));
    }

    @Test
    void externalEntitiesAndForeignDocumentsAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<bpp:PrivilegeList xmlns:bpp=\"" + BasicPrivilegeProfile.NAMESPACE + "\">&e;</bpp:PrivilegeList>";
        IllegalArgumentException entity = assertThrows(IllegalArgumentException.class,
                () -> BasicPrivilegeProfile.parse(java.util.Base64.getEncoder().encodeToString(xxe.getBytes())));
        assertTrue(entity.getMessage().contains("DOCTYPE"), entity.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BasicPrivilegeProfile.parse(
                java.util.Base64.getEncoder().encodeToString("<html/>".getBytes())));
        assertThrows(IllegalArgumentException.class, () -> BasicPrivilegeProfile.parse("%%% not base64"));
    }
}
