package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Scheme choice, 401 with the accepted schemes, and the API's minimum level as 403. */
class CallerCheckTest {
    /** Accepts "Bearer <level>" as a citizen at that level; anything else is a bad token. */
    private static final ApiAuthenticator BEARER = new ApiAuthenticator() {
        @Override
        public String scheme() {
            return "Bearer";
        }

        @Override
        public ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure {
            try {
                NsisLevel level = NsisLevel.parse(header.apply("Authorization").substring(7));
                return new ForbindPrincipal("citizen", Set.of(ForbindRole.CITIZEN), DataSubject.cpr("0101701234"),
                        Set.of(), level);
            } catch (IllegalArgumentException e) {
                throw new AuthenticationFailure("Bearer", "token refused: bad");
            }
        }
    };
    private static final ApiAuthenticator DEVELOPMENT = new ApiAuthenticator() {
        @Override
        public String scheme() {
            return "Development";
        }

        @Override
        public ForbindPrincipal authenticate(Function<String, String> header) {
            throw new AssertionError("not chosen in these tests");
        }
    };

    /** Takes any presented certificate as the test agency's system. */
    private static final ApiAuthenticator CERTIFICATE = new ApiAuthenticator() {
        @Override
        public String scheme() {
            return CLIENT_CERTIFICATE;
        }

        @Override
        public ForbindPrincipal authenticate(Function<String, String> header) {
            throw new AssertionError("a certificate authenticator is asked with the certificates");
        }

        @Override
        public ForbindPrincipal authenticate(Function<String, String> header, List<X509Certificate> certificates) {
            return ForbindPrincipal.of(new AgencySystem("29190623", UUID.nameUUIDFromBytes(new byte[] {1}), "case"),
                    NsisLevel.SUBSTANTIAL);
        }
    };
    private static final List<X509Certificate> CHAIN = List.of(
            new Oces3Ca("Test CA").system("29190623", "case").issue().certificate());

    private final CallerCheck check = new CallerCheck(() -> List.of(DEVELOPMENT, BEARER), NsisLevel.SUBSTANTIAL);

    @Test
    void theAuthenticatorOfTheSchemeDecidesAndTheLevelIsChecked() {
        assertEquals(NsisLevel.HIGH, check.caller(h -> "Bearer High").loa());
        ApiError low = assertThrows(ApiError.class, () -> check.caller(h -> "Bearer Low"));
        assertEquals(403, low.status());
        assertEquals("level of assurance Low is too low; at least Substantial is required", low.getMessage());
    }

    @Test
    void missingUnknownAndRefusedCredentialsAre401WithABearerChallenge() {
        ApiError none = assertThrows(ApiError.class, () -> check.caller(h -> null));
        assertEquals(401, none.status());
        assertEquals("Bearer realm=\"forbind\"", none.challenge());
        assertTrue(none.getMessage().contains("Bearer or Development"), none.getMessage());
        ApiError basic = assertThrows(ApiError.class, () -> check.caller(h -> "Basic eA=="));
        assertTrue(basic.getMessage().startsWith("unsupported authentication scheme 'Basic'"));
        ApiError bad = assertThrows(ApiError.class, () -> check.caller(h -> "Bearer garbage"));
        assertEquals(401, bad.status());
        assertEquals("token refused: bad", bad.getMessage());
    }

    @Test
    void aClientCertificateWithoutAnAuthorizationHeaderGoesToTheCertificateAuthenticator() {
        CallerCheck withCertificates = new CallerCheck(() -> List.of(BEARER, CERTIFICATE), NsisLevel.SUBSTANTIAL);
        ForbindPrincipal agency = withCertificates.caller(h -> null, CHAIN);
        assertEquals("29190623", agency.agencySystem().orElseThrow().cvr());
        assertTrue(agency.has(ForbindRole.AGENCY_SYSTEM));
        assertEquals(NsisLevel.HIGH, withCertificates.caller(h -> "Bearer High", CHAIN).loa(),
                "an Authorization header chooses its own authenticator");
        ApiError none = assertThrows(ApiError.class, () -> withCertificates.caller(h -> null, List.of()));
        assertEquals("no credentials: send an Authorization header (Bearer) or a client certificate",
                none.getMessage());
        ApiError notAccepted = assertThrows(ApiError.class, () -> check.caller(h -> null, CHAIN));
        assertTrue(notAccepted.getMessage().startsWith("this node does not accept client certificates; send an"
                + " Authorization header (Bearer or Development)"), notAccepted.getMessage());
    }

    @Test
    void aNodeWithoutAuthenticationLetsNobodyIn() {
        ApiError nobody = assertThrows(ApiError.class,
                () -> new CallerCheck(List::of, NsisLevel.LOW).caller(h -> "Bearer High"));
        assertEquals(401, nobody.status());
    }
}
