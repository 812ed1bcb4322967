package dk.forbind.eid.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.eid.oidc.TokenRejected;
import dk.forbind.fixtures.SamlAttacks;
import dk.forbind.fixtures.TestIdentityProvider;
import dk.forbind.sim.eid.saml.SamlIdentityProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OIOSAML 3 assertions: the genuine one is read; tampered, wrapped, expired and misaddressed ones are not. */
class OioSamlAssertionValidatorTest {
    private static final String CPR = "0101701234";
    private static final SamlIdentityProvider IDP = new SamlIdentityProvider("https://saml.test-nemlog-in.dk");
    private static final IdpMetadata METADATA = IdpMetadata.parse(IDP.metadata());

    private final OioSamlAssertionValidator validator = new OioSamlAssertionValidator(new SamlSettings(
            METADATA.entityId(), SamlIdentityProvider.AUDIENCE, METADATA.signingKeys(), Duration.ofSeconds(60),
            TokenLifetime.minutes(60)));

    @Test
    void aSignedAssertionFromTheMetadatasIdentityProviderIsAccepted() throws Exception {
        ForbindPrincipal citizen = OioSamlAttributes.principal(
                validator.validate(IDP.assertion(CPR).level("https://data.gov.dk/concept/core/nsis/loa/High").signed(),
                        Instant.now()));
        assertEquals(DataSubject.cpr(CPR), citizen.subject().orElseThrow());
        assertEquals(NsisLevel.HIGH, citizen.loa());
        assertTrue(citizen.has(ForbindRole.CITIZEN));
        assertEquals("https://saml.test-nemlog-in.dk", METADATA.entityId());
    }

    @Test
    void anEmployeeWithAPowerOfAttorneyForACompany() throws Exception {
        ForbindPrincipal employee = OioSamlAttributes.principal(validator.validate(IDP.assertion(CPR).cvr("29190623")
                .privileges(TestIdentityProvider.privileges("urn:dk:gov:saml:cvrNumberIdentifier:29190623",
                        "urn:dk:forbind:privilege:transparency:read")).signed(), Instant.now()));
        assertEquals("employee of CVR 29190623", employee.name());
        assertTrue(employee.mayReadAbout(DataSubject.cvr("29190623")));
        assertTrue(employee.subject().isEmpty(), "an employee does not read as the citizen they also are");
    }

    @Test
    void everyBadAssertionIsRefusedWithItsOwnReason() {
        byte[] genuine = IDP.assertion(CPR).signed();
        Map<byte[], String> corpus = new LinkedHashMap<>();
        corpus.put(SamlAttacks.tampered(genuine, CPR, "0202802345"), "XML signature does not verify");
        corpus.put(SamlAttacks.wrapped(genuine, "0202802345"), "signature wrapping refused");
        corpus.put(new SamlIdentityProvider(IDP.entityId()).assertion(CPR).signed(), "XML signature does not verify");
        corpus.put(IDP.assertion(CPR).xml().getBytes(StandardCharsets.UTF_8), "not signed");
        corpus.put(IDP.assertion(CPR).valid(Instant.now().minusSeconds(900), Instant.now().minusSeconds(61)).signed(),
                "assertion expired at");
        corpus.put(IDP.assertion(CPR).valid(Instant.now().plusSeconds(120), Instant.now().plusSeconds(900)).signed(),
                "not valid before");
        corpus.put(IDP.assertion(CPR).audience("https://another.sp.dk").signed(), "wrong audience");
        corpus.put(IDP.assertion(CPR).audienceRestrictions(List.of(SamlIdentityProvider.AUDIENCE),
                List.of("https://another.sp.dk")).signed(), "wrong audience [https://another.sp.dk]");
        corpus.put(IDP.assertion(CPR).audienceRestrictions().signed(), "has no AudienceRestriction");
        corpus.put(IDP.assertion(CPR).valid(Instant.now().minusSeconds(5), Instant.now().plus(Duration.ofDays(30)))
                .signed(), "longer than the maximum lifetime of 60 minutes");
        corpus.put(IDP.assertion(CPR).issuer("https://evil.example").signed(), "wrong issuer");
        corpus.put("<x><!DOCTYPE".getBytes(StandardCharsets.UTF_8), "malformed assertion");
        corpus.forEach((xml, reason) -> {
            TokenRejected refused = assertThrows(TokenRejected.class, () -> validator.validate(xml, Instant.now()),
                    reason);
            assertTrue(refused.getMessage().contains(reason), "expected '" + reason + "' in: " + refused.getMessage());
        });
    }

    @Test
    void everyAudienceRestrictionMustNameThisService() throws Exception {
        byte[] both = IDP.assertion(CPR).audienceRestrictions(List.of(SamlIdentityProvider.AUDIENCE),
                List.of("https://another.sp.dk", SamlIdentityProvider.AUDIENCE)).signed();
        assertEquals(DataSubject.cpr(CPR),
                OioSamlAttributes.principal(validator.validate(both, Instant.now())).subject().orElseThrow());
    }

    @Test
    void anAssertionWithoutLevelOrPersonIsRefused() {
        TokenRejected unknownLevel = assertThrows(TokenRejected.class, () -> OioSamlAttributes.principal(
                validator.validate(IDP.assertion(CPR).level("4").signed(), Instant.now())));
        assertTrue(unknownLevel.getMessage().contains("NSIS"), unknownLevel.getMessage());
        TokenRejected nobody = assertThrows(TokenRejected.class, () -> OioSamlAttributes.principal(
                validator.validate(IDP.assertion(null).signed(), Instant.now())));
        assertTrue(nobody.getMessage().contains("names no person"), nobody.getMessage());
    }
}
