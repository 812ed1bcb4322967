package dk.forbind.eid;

import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.eid.oidc.TokenLifetime;
import dk.forbind.eid.oidc.TokenRejected;
import dk.forbind.eid.saml.IdpMetadata;
import dk.forbind.eid.saml.MetadataSource;
import dk.forbind.eid.saml.OioSamlAssertionValidator;
import dk.forbind.eid.saml.OioSamlAttributes;
import dk.forbind.eid.saml.SamlSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates REST callers that present a NemLog-in OIOSAML 3 assertion, base64-encoded, as
 * {@code Authorization: SAML <assertion>} (system-to-system calls carrying a user's assertion).
 */
@Component(service = ApiAuthenticator.class, configurationPid = "dk.forbind.eid.saml",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SamlConfig.class)
public class SamlAuthenticator extends TokenAuthenticator {
    static final String SCHEME = "SAML";
    private static final Logger LOG = LoggerFactory.getLogger(SamlAuthenticator.class);

    private MetadataSource metadata;
    private String audience;
    private Duration clockSkew;
    private TokenLifetime lifetime;

    public SamlAuthenticator() {
        super(Clock.systemUTC());
    }

    @Activate
    void activate(SamlConfig config) throws IOException {
        MetadataSource source = config.idp_metadata_file().isBlank()
                ? MetadataSource.url(config.idp_metadata_url(), Duration.ofMinutes(config.metadata_cache_minutes()))
                : MetadataSource.file(Path.of(config.idp_metadata_file()));
        configure(source, config.audience(), Duration.ofSeconds(config.clock_skew_seconds()),
                TokenLifetime.minutes(config.max_lifetime_minutes()));
        LOG.info("eID (OIOSAML 3) authentication active: identity provider metadata {}, audience {}",
                config.idp_metadata_file().isBlank() ? config.idp_metadata_url() : config.idp_metadata_file(),
                config.audience());
    }

    void configure(MetadataSource source, String expectedAudience, Duration skew, TokenLifetime maximum) {
        this.metadata = source;
        this.audience = expectedAudience;
        this.clockSkew = skew;
        this.lifetime = maximum;
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    String expected() {
        return "SAML <base64 OIOSAML 3 assertion>";
    }

    @Override
    ForbindPrincipal principalOf(String credentials) throws TokenRejected {
        byte[] xml;
        try {
            xml = Base64.getDecoder().decode(credentials.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new TokenRejected("the assertion is not base64: " + e.getMessage());
        }
        IdpMetadata idp = metadata.metadata();
        OioSamlAssertionValidator validator = new OioSamlAssertionValidator(new SamlSettings(idp.entityId(), audience,
                idp.signingKeys(), clockSkew, lifetime));
        return OioSamlAttributes.principal(validator.validate(xml, now()));
    }
}
