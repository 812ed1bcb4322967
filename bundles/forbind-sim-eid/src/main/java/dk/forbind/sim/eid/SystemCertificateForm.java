package dk.forbind.sim.eid;

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

    static String issue(DevelopmentAgencyCa ca, Function<String, String> form) {
        DevelopmentAgencyCa.IssuedSystem issued = ca.issue(form.apply("cvr"), form.apply("system"));
        return "{\"systemId\":" + SimPages.json(issued.systemId().toString())
                + ",\"certificate\":" + SimPages.json(issued.certificatePem())
                + ",\"privateKey\":" + SimPages.json(issued.privateKeyPem())
                + ",\"issuer\":" + SimPages.json(issued.issuerPem()) + "}";
    }
}
