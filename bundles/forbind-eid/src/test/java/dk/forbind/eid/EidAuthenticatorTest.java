package dk.forbind.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.OidcSettings;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.fixtures.TestIdentityProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Good MitID tokens open the door at the right level; every bad one is refused with its own reason. */
class EidAuthenticatorTest {
    private static final String CPR = "0101701234";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final TestIdentityProvider BROKER = new TestIdentityProvider();

    private final EidAuthenticator authenticator = new EidAuthenticator(Clock.fixed(NOW, ZoneOffset.UTC));

    EidAuthenticatorTest() {
        authenticator.configure(new OidcSettings(TestIdentityProvider.ISSUER, TestIdentityProvider.AUDIENCE,
                OidcSettings.ASYMMETRIC, Duration.ofSeconds(60), TokenLifetime.minutes(60)),
                new ImmutableJWKSet<>(BROKER.publicKeys()));
    }

    private TestIdentityProvider.Token valid() {
        return BROKER.token(CPR).valid(NOW.minusSeconds(30), NOW.plusSeconds(300));
    }

    @Test
    void tokensSignedRs256Ps256AndEs256MapToTheCitizen() throws Exception {
        for (JWSAlgorithm algorithm : new JWSAlgorithm[] {JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256}) {
            ForbindPrincipal citizen = authenticate(valid().algorithm(algorithm).build());
            assertEquals(DataSubject.cpr(CPR), citizen.subject().orElseThrow(), algorithm.getName());
            assertTrue(citizen.has(ForbindRole.CITIZEN));
            assertEquals(NsisLevel.SUBSTANTIAL, citizen.loa());
            assertTrue(citizen.name().startsWith("mitid:") && citizen.name().endsWith(" via mitid"), citizen.name());
        }
        assertEquals(NsisLevel.HIGH, authenticate(valid().level("High").build()).loa());
    }

    @Test
    void powersOfAttorneyAndTheAuditorPrivilegeComeFromPrivilegesIntermediate() throws Exception {
        ForbindPrincipal attorney = authenticate(valid().privileges(TestIdentityProvider.privileges(
                "urn:dk:gov:saml:cprNumberIdentifier:0202802345", "urn:dk:forbind:privilege:transparency:read"))
                .build());
        assertTrue(attorney.mayReadAbout(DataSubject.cpr("0202802345")));
        assertFalse(attorney.mayReadAbout(DataSubject.cpr("0303803456")));
        ForbindPrincipal auditor = authenticate(valid().privileges(TestIdentityProvider.privileges(
                "urn:dk:gov:saml:cvrNumberIdentifier:29190623", "urn:dk:forbind:privilege:transparency:auditor"))
                .build());
        assertTrue(auditor.has(ForbindRole.AUDITOR));
        AuthenticationFailure broken = assertThrows(AuthenticationFailure.class,
                () -> authenticate(valid().privileges("not base64 %%%").build()));
        assertTrue(broken.getMessage().contains("privileges are not base64"), broken.getMessage());
    }

    @Test
    void aLogInsIdTokenIsTakenOnlyWithTheNonceOfThatLogIn() throws Exception {
        ForbindPrincipal citizen = authenticator.principalOf(valid().nonce("n-1").build(), "n-1");
        assertEquals(DataSubject.cpr(CPR), citizen.subject().orElseThrow());
        assertEquals(TestIdentityProvider.AUDIENCE, authenticator.clientId());
        assertEquals(TestIdentityProvider.ISSUER, authenticator.issuer());
        AuthenticationFailure replayed = assertThrows(AuthenticationFailure.class,
                () -> authenticator.principalOf(valid().nonce("n-1").build(), "n-2"));
        assertTrue(replayed.getMessage().contains("nonce"), replayed.getMessage());
        assertThrows(AuthenticationFailure.class, () -> authenticator.principalOf(valid().build(), "n-1"));
        assertThrows(AuthenticationFailure.class, () -> authenticator.principalOf(valid().nonce("n-1")
                .audience("someone-else").build(), "n-1"));
    }

    @Test
    void clockSkewIsToleratedUpToItsBoundAndNoFurther() throws Exception {
        authenticate(valid().valid(NOW.minusSeconds(600), NOW.minusSeconds(60)).build());
        authenticate(valid().valid(NOW.plusSeconds(60), NOW.plusSeconds(600)).build());
        AuthenticationFailure expired = assertThrows(AuthenticationFailure.class,
                () -> authenticate(valid().valid(NOW.minusSeconds(600), NOW.minusSeconds(61)).build()));
        assertTrue(expired.getMessage().contains("token expired at 2026-11-28T11:58:59Z"), expired.getMessage());
        AuthenticationFailure early = assertThrows(AuthenticationFailure.class,
                () -> authenticate(valid().valid(NOW.plusSeconds(61), NOW.plusSeconds(600)).build()));
        assertTrue(early.getMessage().contains("not valid before 2026-11-28T12:01:01Z"), early.getMessage());
    }

    @Test
    void aTokenValidForLongerThanTheMaximumLifetimeIsRefused() throws Exception {
        authenticate(valid().valid(NOW.minusSeconds(30), NOW.minusSeconds(30).plus(Duration.ofMinutes(60))).build());
        AuthenticationFailure year = assertThrows(AuthenticationFailure.class,
                () -> authenticate(valid().valid(NOW.minusSeconds(30), NOW.plus(Duration.ofDays(365))).build()));
        assertTrue(year.getMessage().contains("longer than the maximum lifetime of 60 minutes"), year.getMessage());
        AuthenticationFailure farAhead = assertThrows(AuthenticationFailure.class, () -> authenticate(
                valid().valid(NOW.plus(Duration.ofMinutes(62)), NOW.plus(Duration.ofMinutes(62))).build()));
        assertTrue(farAhead.getMessage().contains("not valid before"), farAhead.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenLifetime.minutes(0));
        assertThrows(IllegalArgumentException.class, () -> TokenLifetime.minutes(24 * 60 + 1));
    }

    @Test
    void everyBadTokenIsRefusedWithItsOwnReason() {
        Map<String, String> corpus = Map.ofEntries(
                Map.entry(BROKER.unsigned(CPR), "unsigned token (alg none)"),
                Map.entry(BROKER.hmacWithThePublicKey(CPR), "signature algorithm HS256 is not accepted"),
                Map.entry(valid().valid(NOW.minusSeconds(900), NOW.minusSeconds(61)).build(), "token expired at"),
                Map.entry(valid().valid(NOW.plusSeconds(61), NOW.plusSeconds(900)).build(), "not valid before"),
                Map.entry(valid().issuer("https://evil.example/op").build(), "wrong issuer 'https://evil.example/op'"),
                Map.entry(valid().audience("another-service").build(), "wrong audience [another-service]"),
                Map.entry(valid().keyId("rsa-9").build(), "unknown key id 'rsa-9'"),
                Map.entry(valid().signedWithUnpublishedKey().build(), "signature does not verify"),
                Map.entry(TestIdentityProvider.tampered(valid().build(), CPR, "0202802345"), "signature does not verify"),
                Map.entry("eyJhbGciOiJSUzI1NiIsImtpZCI6InJzYS0xIn0.@@@not-base64@@@.c2ln", "malformed"),
                Map.entry(TestIdentityProvider.withHeader(valid().build(), "{not json"), "malformed token"),
                Map.entry("not a jwt at all", "malformed token"),
                Map.entry(valid().level("https://data.gov.dk/concept/core/nsis/loa/Extreme").build(),
                        "unknown NSIS level"));
        corpus.forEach((token, reason) -> {
            AuthenticationFailure refused = assertThrows(AuthenticationFailure.class, () -> authenticate(token), reason);
            assertTrue(refused.getMessage().contains(reason), "expected '" + reason + "' in: " + refused.getMessage());
            assertFalse(refused.getMessage().contains(token), "the token is never echoed");
        });
    }

    @Test
    void theLevelIsReportedAsItIsTheApiDecidesWhetherItIsEnough() throws Exception {
        assertEquals(NsisLevel.LOW, authenticate(valid().level("Low").build()).loa());
    }

    @Test
    void missingOrForeignCredentialsAreNamed() {
        AuthenticationFailure none = assertThrows(AuthenticationFailure.class, () -> authenticator.authenticate(h -> null));
        assertTrue(none.getMessage().startsWith("no credentials"));
        assertEquals("Bearer", none.scheme());
        AuthenticationFailure basic = assertThrows(AuthenticationFailure.class,
                () -> authenticator.authenticate(h -> "Basic YWRtaW46YWRtaW4="));
        assertTrue(basic.getMessage().startsWith("unsupported credentials"));
    }

    @Test
    void onlyAsymmetricAlgorithmsCanBeConfigured() {
        assertThrows(IllegalArgumentException.class, () -> new OidcSettings("i", "a",
                java.util.Set.of(JWSAlgorithm.HS256), Duration.ZERO, TokenLifetime.minutes(60)));
    }

    private ForbindPrincipal authenticate(String token) throws AuthenticationFailure {
        return authenticator.authenticate(h -> "Authorization".equals(h) ? "Bearer " + token : null);
    }
}
