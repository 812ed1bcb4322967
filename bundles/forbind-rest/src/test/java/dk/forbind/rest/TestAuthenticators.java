package dk.forbind.rest;

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

/** Stand-in authenticators for the API edge's tests: a Bearer scheme and a client-certificate one. */
final class TestAuthenticators {
    private TestAuthenticators() {
    }

    /** Accepts "Bearer <level>" as a citizen at that level; anything else is a bad token. */
    static final ApiAuthenticator BEARER = new ApiAuthenticator() {
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

    /** Takes any presented certificate as the test agency's system. */
    static final ApiAuthenticator CERTIFICATE = new ApiAuthenticator() {
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
    static final List<X509Certificate> CHAIN = List.of(
            new Oces3Ca("Test CA").system("29190623", "case").issue().certificate());

}
