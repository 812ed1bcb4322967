package dk.forbind.eid;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.MitIdLogin;
import dk.forbind.eid.oidc.JwksSource;
import dk.forbind.eid.oidc.MitIdClaims;
import dk.forbind.eid.oidc.OidcSettings;
import dk.forbind.eid.oidc.OidcTokenValidator;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.eid.oidc.TokenRejected;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates REST callers by the MitID token they present as {@code Authorization: Bearer <jwt>}
 * (OIDC, through the configured broker), and checks the ID tokens of citizens' log-ins to Forbind's web pages
 * ({@link MitIdLogin}) the same way, with their nonce.
 */
@Component(service = {ApiAuthenticator.class, MitIdLogin.class}, configurationPid = "dk.forbind.eid",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EidConfig.class)
public class EidAuthenticator extends TokenAuthenticator implements MitIdLogin {
    static final String SCHEME = "Bearer";
    private static final Logger LOG = LoggerFactory.getLogger(EidAuthenticator.class);

    private OidcTokenValidator validator;
    private OidcSettings settings;

    public EidAuthenticator() {
        this(Clock.systemUTC());
    }

    EidAuthenticator(Clock clock) {
        super(clock);
    }

    @Activate
    void activate(EidConfig config) throws IOException {
        JWKSource<SecurityContext> keys = config.oidc_jwks_file().isBlank()
                ? JwksSource.fromUrl(config.oidc_jwks_url(), Duration.ofMinutes(config.oidc_jwks_cache_minutes()))
                : JwksSource.fromFile(Path.of(config.oidc_jwks_file()));
        configure(new OidcSettings(config.oidc_issuer(), config.oidc_audience(),
                OidcTokenValidator.algorithms(config.oidc_algorithms()),
                Duration.ofSeconds(config.clock_skew_seconds()), TokenLifetime.minutes(config.max_lifetime_minutes())),
                keys);
        LOG.info("eID (OIDC) authentication active: issuer {}, audience {}", config.oidc_issuer(),
                config.oidc_audience());
    }

    void configure(OidcSettings settings, JWKSource<SecurityContext> keys) {
        this.settings = settings;
        this.validator = new OidcTokenValidator(settings, keys);
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    String expected() {
        return "Bearer <MitID token>";
    }

    @Override
    ForbindPrincipal principalOf(String token) throws TokenRejected {
        return MitIdClaims.principal(validator.validate(token, now()));
    }

    @Override
    public String issuer() {
        return settings.issuer();
    }

    @Override
    public String clientId() {
        return settings.audience();
    }

    @Override
    public ForbindPrincipal principalOf(String idToken, String nonce) throws AuthenticationFailure {
        try {
            JWTClaimsSet claims = validator.validate(idToken, now());
            String carried = claims.getStringClaim("nonce");
            if (nonce == null || !nonce.equals(carried)) {
                throw new TokenRejected("the ID token's nonce is not the one of this log-in");
            }
            return MitIdClaims.principal(claims);
        } catch (TokenRejected | ParseException e) {
            LOG.info("A log-in's ID token was refused: {}", UntrustedText.forLog(e.getMessage()));
            throw new AuthenticationFailure(SCHEME, "the log-in could not be completed: " + e.getMessage());
        }
    }
}
