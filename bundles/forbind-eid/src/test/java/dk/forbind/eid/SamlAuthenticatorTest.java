package dk.forbind.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.eid.saml.MetadataSource;
import dk.forbind.fixtures.SamlAttacks;
import dk.forbind.sim.eid.saml.SamlIdentityProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code Authorization: SAML <base64 assertion>}, through the same door as MitID tokens. */
class SamlAuthenticatorTest {
    private static final SamlIdentityProvider IDP = new SamlIdentityProvider("https://saml.test-nemlog-in.dk");
    private final SamlAuthenticator authenticator = new SamlAuthenticator();

    SamlAuthenticatorTest() throws Exception {
        Path metadata = Files.createTempFile("idp-metadata", ".xml");
        Files.write(metadata, IDP.metadata());
        authenticator.configure(MetadataSource.file(metadata), SamlIdentityProvider.AUDIENCE, Duration.ofSeconds(60),
                TokenLifetime.minutes(60));
    }

    @Test
    void aSignedAssertionAuthenticatesItsCitizen() throws Exception {
        ForbindPrincipal citizen = authenticate(IDP.assertion("0101701234").signed());
        assertEquals("0101701234", citizen.subject().orElseThrow().id());
    }

    @Test
    void theLevelIsReportedAndGarbageIsUnauthenticated() throws Exception {
        assertEquals(NsisLevel.LOW, authenticate(
                IDP.assertion("0101701234").level("https://data.gov.dk/concept/core/nsis/loa/Low").signed()).loa());
        AuthenticationFailure garbage = assertThrows(AuthenticationFailure.class,
                () -> authenticator.authenticate(h -> "SAML %%%"));
        assertTrue(garbage.getMessage().contains("not base64"), garbage.getMessage());
        assertEquals("SAML", garbage.scheme());
    }

    private ForbindPrincipal authenticate(byte[] assertion) throws AuthenticationFailure {
        String header = "SAML " + Base64.getEncoder().encodeToString(assertion);
        return authenticator.authenticate(h -> "Authorization".equals(h) ? header : null);
    }
}
