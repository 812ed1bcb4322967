package dk.forbind.eid;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.JwksSource;
import dk.forbind.eid.oidc.MitIdClaims;
import dk.forbind.eid.oidc.OidcSettings;
import dk.forbind.eid.oidc.OidcTokenValidator;
import dk.forbind.eid.oidc.TokenRejected;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates REST callers by the MitID token they present as {@code Authorization: Bearer <jwt>}
 * (OIDC, through the configured broker), and requires the configured NSIS level. The reason for a
 * refusal is logged and returned; the token itself is never logged.
 */
@Component(service = ApiAuthenticator.class, configurationPid = "dk.forbind.eid",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EidConfig.class)
public class EidAuthenticator implements ApiAuthenticator {
    static final String SCHEME = "Bearer";
    private static final Logger LOG = LoggerFactory.getLogger(EidAuthenticator.class);

    private final Clock clock;
    private OidcTokenValidator validator;
    private NsisLevel minimum;

    public EidAuthenticator() {
        this(Clock.systemUTC());
    }

    EidAuthenticator(Clock clock) {
        this.clock = clock;
    }

    @Activate
    void activate(EidConfig config) throws IOException {
        JWKSource<SecurityContext> keys = config.oidc_jwks_file().isBlank()
                ? JwksSource.fromUrl(config.oidc_jwks_url(), Duration.ofMinutes(config.oidc_jwks_cache_minutes()))
                : JwksSource.fromFile(Path.of(config.oidc_jwks_file()));
        configure(new OidcSettings(config.oidc_issuer(), config.oidc_audience(),
                OidcTokenValidator.algorithms(config.oidc_algorithms()),
                Duration.ofSeconds(config.clock_skew_seconds())), keys, NsisLevel.parse(config.minimum_loa()));
        LOG.info("eID authentication active: issuer {}, audience {}, minimum level {}", config.oidc_issuer(),
                config.oidc_audience(), minimum.label());
    }

    void configure(OidcSettings settings, JWKSource<SecurityContext> keys, NsisLevel minimumLevel) {
        this.validator = new OidcTokenValidator(settings, keys);
        this.minimum = minimumLevel;
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure {
        String authorization = header.apply("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationFailure(SCHEME, "no credentials: send 'Authorization: Bearer <MitID token>'");
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (!SCHEME.equalsIgnoreCase(parts[0]) || parts.length < 2) {
            throw new AuthenticationFailure(SCHEME, "unsupported credentials: expected 'Bearer <MitID token>'");
        }
        ForbindPrincipal principal;
        try {
            principal = MitIdClaims.principal(validator.validate(parts[1], clock.instant()));
        } catch (TokenRejected e) {
            LOG.info("eID token refused: {}", e.getMessage());
            throw new AuthenticationFailure(SCHEME, "token refused: " + e.getMessage());
        }
        if (!principal.loa().atLeast(minimum)) {
            LOG.info("eID token of {} refused: level {} below {}", principal.name(), principal.loa().label(),
                    minimum.label());
            throw AuthenticationFailure.levelTooLow(SCHEME, principal.loa(), minimum);
        }
        return principal;
    }
}
