package dk.forbind.access;

import dk.forbind.access.certificate.CertificateRefused;
import dk.forbind.access.certificate.IssuerFiles;
import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates agency systems by the TLS client certificate they present (mutual TLS): a system certificate
 * from a trusted issuing CA becomes an agency principal ({@link ForbindPrincipal#of(AgencySystem, NsisLevel)});
 * every other certificate is refused with its reason, logged without the certificate. A replaced issuers or CRL
 * file takes effect within 30 seconds. Active only while {@code etc/dk.forbind.access.cfg} exists.
 */
@Component(service = ApiAuthenticator.class, configurationPid = "dk.forbind.access",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AccessConfig.class)
public class ClientCertificateAuthenticator implements ApiAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(ClientCertificateAuthenticator.class);
    /** How often the issuer and CRL files are looked at for a change. */
    private static final Duration FILES_LOOKED_AT = Duration.ofSeconds(30);

    private final Clock clock;
    private IssuerFiles issuers;
    private NsisLevel level;

    public ClientCertificateAuthenticator() {
        this(Clock.systemUTC());
    }

    ClientCertificateAuthenticator(Clock clock) {
        this.clock = clock;
    }

    @Activate
    void activate(AccessConfig config) throws IOException, GeneralSecurityException {
        List<Path> revocationLists = Arrays.stream(config.revocation_lists().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        configure(new IssuerFiles(Path.of(config.trusted_issuers_file()), revocationLists, clock, FILES_LOOKED_AT),
                NsisLevel.parse(config.system_loa()));
        LOG.info("Agency systems authenticate with client certificates from the issuers in {} ({} revocation"
                + " lists)", config.trusted_issuers_file(), revocationLists.size());
    }

    void configure(IssuerFiles certificates, NsisLevel systemLevel) {
        this.issuers = certificates;
        this.level = systemLevel;
    }

    @Override
    public String scheme() {
        return CLIENT_CERTIFICATE;
    }

    @Override
    public ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure {
        return authenticate(header, List.of());
    }

    @Override
    public ForbindPrincipal authenticate(Function<String, String> header, List<X509Certificate> clientCertificates)
            throws AuthenticationFailure {
        try {
            return ForbindPrincipal.of(issuers.current().check(clientCertificates, clock.instant()), level);
        } catch (CertificateRefused e) {
            LOG.info("Client certificate refused: {}", UntrustedText.forLog(e.getMessage()));
            throw new AuthenticationFailure(CLIENT_CERTIFICATE, "client certificate refused: " + e.getMessage());
        }
    }
}
