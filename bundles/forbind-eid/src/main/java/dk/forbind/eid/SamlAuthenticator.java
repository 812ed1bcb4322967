package dk.forbind.eid;

import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.eid.oidc.TokenRejected;
import dk.forbind.eid.saml.IdpMetadata;
import dk.forbind.eid.saml.OioSamlAssertionValidator;
import dk.forbind.eid.saml.OioSamlAttributes;
import dk.forbind.eid.saml.SamlSettings;
import java.io.IOException;
import java.nio.file.Files;
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

    private OioSamlAssertionValidator validator;

    public SamlAuthenticator() {
        super(Clock.systemUTC());
    }

    @Activate
    void activate(SamlConfig config) throws IOException {
        IdpMetadata metadata = IdpMetadata.parse(Files.readAllBytes(Path.of(config.idp_metadata_file())));
        configure(new SamlSettings(metadata.entityId(), config.audience(), metadata.signingKeys(),
                Duration.ofSeconds(config.clock_skew_seconds())));
        LOG.info("eID (OIOSAML 3) authentication active: identity provider {} ({} signing keys), audience {}",
                metadata.entityId(), metadata.signingKeys().size(), config.audience());
    }

    void configure(SamlSettings settings) {
        validator = new OioSamlAssertionValidator(settings);
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
        return OioSamlAttributes.principal(validator.validate(xml, now()));
    }
}
