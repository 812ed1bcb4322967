package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Scheme choice, 401 with the accepted schemes, and the API's minimum level as 403. */
class CallerCheckTest {
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

    private final CallerCheck check = new CallerCheck(() -> List.of(DEVELOPMENT, TestAuthenticators.BEARER), NsisLevel.SUBSTANTIAL);

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
        CallerCheck withCertificates = new CallerCheck(() -> List.of(TestAuthenticators.BEARER, TestAuthenticators.CERTIFICATE), NsisLevel.SUBSTANTIAL);
        ForbindPrincipal agency = withCertificates.caller(h -> null, TestAuthenticators.CHAIN);
        assertEquals("29190623", agency.agencySystem().orElseThrow().cvr());
        assertTrue(agency.has(ForbindRole.AGENCY_SYSTEM));
        assertEquals(NsisLevel.HIGH, withCertificates.caller(h -> "Bearer High", TestAuthenticators.CHAIN).loa(),
                "an Authorization header chooses its own authenticator");
        ApiError none = assertThrows(ApiError.class, () -> withCertificates.caller(h -> null, List.of()));
        assertEquals("no credentials: send an Authorization header (Bearer) or a client certificate",
                none.getMessage());
        ApiError notAccepted = assertThrows(ApiError.class, () -> check.caller(h -> null, TestAuthenticators.CHAIN));
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
