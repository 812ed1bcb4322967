package dk.forbind.sim.eid;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.security.cert.CertificateEncodingException;
import java.util.function.Function;

/**
 * DEVELOPMENT AND TESTS ONLY. {@code POST oces3/system-certificate} with the form fields {@code cvr} (8 digits)
 * and {@code system} (the system's name): a new system certificate from the development agency CA, answered as
 * JSON with the certificate, its private key (PKCS#8) and the CA certificate in PEM, and the system's UUID —
 * what {@code curl --cert certificate.pem --key key.pem} needs to call the APIs as that agency's system.
 */
final class SystemCertificateForm {
    private SystemCertificateForm() {
    }

    static String issue(Oces3Ca ca, Function<String, String> form) {
        String cvr = form.apply("cvr");
        if (cvr == null || !cvr.strip().matches("\\d{8}")) {
            throw new IllegalArgumentException("cvr is required: the agency's 8-digit CVR number");
        }
        String system = form.apply("system");
        if (system == null || system.isBlank()) {
            throw new IllegalArgumentException("system is required: the system's name (the certificate's CN)");
        }
        Oces3Ca.SystemCertificate request = ca.system(cvr.strip(), system.strip());
        Oces3Ca.Issued issued = request.issue();
        try {
            return "{\"systemId\":" + SimPages.json(request.systemId().toString())
                    + ",\"certificate\":" + SimPages.json(Oces3Ca.pem("CERTIFICATE", issued.certificate().getEncoded()))
                    + ",\"privateKey\":" + SimPages.json(Oces3Ca.pem("PRIVATE KEY", issued.key().getEncoded()))
                    + ",\"issuer\":" + SimPages.json(ca.certificatePem()) + "}";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
