package dk.forbind.eid;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.eid.oidc.JwksSource;
import dk.forbind.eid.oidc.MitIdClaims;
import dk.forbind.eid.oidc.OidcSettings;
import dk.forbind.eid.oidc.OidcTokenValidator;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.eid.oidc.TokenRejected;
import java.io.IOException;
import java.nio.file.Path;
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
 * (OIDC, through the configured broker).
 */
@Component(service = ApiAuthenticator.class, configurationPid = "dk.forbind.eid",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EidConfig.class)
public class EidAuthenticator extends TokenAuthenticator {
    static final String SCHEME = "Bearer";
    private static final Logger LOG = LoggerFactory.getLogger(EidAuthenticator.class);

    private OidcTokenValidator validator;

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
}
