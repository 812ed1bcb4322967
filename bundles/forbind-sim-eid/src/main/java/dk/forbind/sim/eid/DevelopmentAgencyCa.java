package dk.forbind.sim.eid;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * DEVELOPMENT AND TESTS ONLY. The development agency CA of {@code etc/dk.forbind.sim.eid.cfg}
 * ({@code oces3.ca.file}, made at first start and trusted by the development distribution): it issues OCES3-style
 * system certificates for the simulator's HTTP endpoint and the shell, so a newcomer can call the APIs and use the
 * broker as an agency's system.
 */
@Component(service = DevelopmentAgencyCa.class, configurationPid = "dk.forbind.sim.eid",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DevelopmentAgencyCa {
    private Optional<Oces3Ca> ca = Optional.empty();

    public DevelopmentAgencyCa() {
    }

    DevelopmentAgencyCa(Oces3Ca ca) {
        this.ca = Optional.of(ca);
    }

    @Activate
    void activate(SimEidServlet.Config config) {
        ca = config.oces3_ca_file().isBlank() ? Optional.empty()
                : Optional.of(Oces3Ca.load(Path.of(config.oces3_ca_file()), config.oces3_ca_password().toCharArray()));
    }

    /**
     * A new certificate for the agency's system, valid from now.
     *
     * @throws IllegalArgumentException naming what is wrong with the CVR or the name
     * @throws IllegalStateException when no development agency CA is configured
     */
    public IssuedSystem issue(String cvr, String system) {
        if (cvr == null || !cvr.strip().matches("\\d{8}")) {
            throw new IllegalArgumentException("cvr is required: the agency's 8-digit CVR number");
        }
        if (system == null || system.isBlank()) {
            throw new IllegalArgumentException("system is required: the system's name (the certificate's CN)");
        }
        Oces3Ca issuer = ca.orElseThrow(() -> new IllegalStateException("no development agency CA is configured"
                + " (oces3.ca.file in etc/dk.forbind.sim.eid.cfg)"));
        Oces3Ca.SystemCertificate request = issuer.system(cvr.strip(), system.strip());
        Oces3Ca.Issued issued = request.issue();
        return new IssuedSystem(request.systemId(), issued.certificate(), issued.key(), issuer.certificate());
    }

    /** A system certificate with its key, the system's UUID and the issuing CA's certificate. */
    public record IssuedSystem(UUID systemId, X509Certificate certificate, PrivateKey key, X509Certificate issuer) {

        public String certificatePem() {
            return pem(certificate);
        }

        public String privateKeyPem() {
            return Oces3Ca.pem("PRIVATE KEY", key.getEncoded());
        }

        public String issuerPem() {
            return pem(issuer);
        }

        private static String pem(X509Certificate certificate) {
            try {
                return Oces3Ca.pem("CERTIFICATE", certificate.getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
