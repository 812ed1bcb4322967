package dk.forbind.development.auth;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.AuthorizationHeader;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import java.util.Set;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEVELOPMENT ONLY: believes whoever the caller says they are. {@code Authorization: Development
 * citizen=0101701234} is that citizen (level Substantial); {@code Authorization: Development
 * auditor=<name>} is an auditor. Active only while {@code etc/dk.forbind.auth.development.cfg}
 * exists, which the development distribution ships and a production installation deletes; the eID
 * capability (MitID / NemLog-in tokens) is the production authenticator.
 */
@Component(service = ApiAuthenticator.class, configurationPid = "dk.forbind.auth.development",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DevelopmentAuthenticator implements ApiAuthenticator {
    static final String SCHEME = "Development";
    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentAuthenticator.class);

    @Activate
    void activate() {
        LOG.warn("DEVELOPMENT authentication is active: any caller can claim any identity. Delete"
                + " etc/dk.forbind.auth.development.cfg in production.");
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure {
        AuthorizationHeader authorization = AuthorizationHeader.parse(header.apply("Authorization"))
                .orElseThrow(() -> new AuthenticationFailure(SCHEME, "no credentials: send 'Authorization: Development"
                        + " citizen=<CPR>' or 'Authorization: Development auditor=<name>'"));
        String credentials = authorization.credentials();
        if (!authorization.hasScheme(SCHEME) || !credentials.contains("=")) {
            throw new AuthenticationFailure(SCHEME, "unsupported credentials: expected 'Development citizen=<CPR>'"
                    + " or 'Development auditor=<name>'");
        }
        String role = credentials.substring(0, credentials.indexOf('=')).strip();
        String who = credentials.substring(credentials.indexOf('=') + 1).strip();
        if ("citizen".equalsIgnoreCase(role)) {
            try {
                DataSubject self = DataSubject.cpr(who);
                return new ForbindPrincipal("citizen " + self.masked(), Set.of(ForbindRole.CITIZEN), self, Set.of(),
                        NsisLevel.SUBSTANTIAL);
            } catch (IllegalArgumentException e) {
                throw new AuthenticationFailure(SCHEME, "not a CPR number: " + e.getMessage());
            }
        }
        if ("auditor".equalsIgnoreCase(role) && !who.isEmpty()) {
            return new ForbindPrincipal("auditor " + who, Set.of(ForbindRole.AUDITOR), null, Set.of(),
                    NsisLevel.SUBSTANTIAL);
        }
        throw new AuthenticationFailure(SCHEME, "unknown development role '" + role + "': use citizen or auditor");
    }
}
