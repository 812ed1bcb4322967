package dk.forbind.access.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the trusted issuing CAs and their revocation lists from files, into an {@link AgencyCertificateCheck}. */
public final class TrustedIssuers {
    private TrustedIssuers() {
    }

    /** @param revocationLists one CRL file per issuer that has one, each matched to its issuer by name */
    public static AgencyCertificateCheck read(Path issuersFile, List<Path> revocationLists)
            throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> issuers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(issuersFile)) {
            factory.generateCertificates(in).forEach(c -> issuers.add((X509Certificate) c));
        }
        if (issuers.isEmpty()) {
            throw new GeneralSecurityException(issuersFile + " holds no CA certificate");
        }
        Map<X509Certificate, X509CRL> revocations = new HashMap<>();
        for (Path file : revocationLists) {
            X509CRL crl;
            try (InputStream in = Files.newInputStream(file)) {
                crl = (X509CRL) factory.generateCRL(in);
            }
            X509Certificate issuer = issuers.stream()
                    .filter(ca -> ca.getSubjectX500Principal().equals(crl.getIssuerX500Principal())).findFirst()
                    .orElseThrow(() -> new GeneralSecurityException("the revocation list " + file + " is issued by "
                            + crl.getIssuerX500Principal().getName() + ", which is not a trusted issuer in "
                            + issuersFile));
            revocations.put(issuer, crl);
        }
        return new AgencyCertificateCheck(issuers, revocations);
    }
}
