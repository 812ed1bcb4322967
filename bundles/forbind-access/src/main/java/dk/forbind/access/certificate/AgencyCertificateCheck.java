package dk.forbind.access.certificate;

import dk.forbind.api.auth.AgencySystem;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a client certificate proves an agency system, each refusal with its reason: issued and signed by one
 * of the trusted issuing CAs (the OCES3 issuing CA in production, the development CA with the simulators),
 * valid now, not revoked by that CA's current revocation list, meant for TLS client authentication, not a CA
 * itself, and naming a CVR and a system ({@link Oces3Subject}). A CA whose CRL is configured but out of date
 * refuses every certificate it issued: revocation is checked or nothing passes.
 */
public final class AgencyCertificateCheck {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DIGITAL_SIGNATURE = 0;

    private final List<X509Certificate> issuers;
    private final Map<X509Certificate, X509CRL> revocations;

    /** @param revocations the CRL of each issuer that has one configured (verified against that issuer here) */
    public AgencyCertificateCheck(List<X509Certificate> issuers, Map<X509Certificate, X509CRL> revocations) {
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("no trusted issuing CA is configured");
        }
        this.issuers = List.copyOf(issuers);
        this.revocations = Map.copyOf(revocations);
        for (Map.Entry<X509Certificate, X509CRL> crl : this.revocations.entrySet()) {
            try {
                crl.getValue().verify(crl.getKey().getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("the revocation list for " + crl.getKey().getSubjectX500Principal()
                        + " is not signed by that CA: " + e.getMessage(), e);
            }
        }
    }

    /** The agency system the presented chain (client certificate first) proves at {@code now}. */
    public AgencySystem check(List<X509Certificate> chain, Instant now) throws CertificateRefused {
        if (chain == null || chain.isEmpty()) {
            throw new CertificateRefused("no client certificate was presented");
        }
        X509Certificate certificate = chain.get(0);
        validAt(certificate, now);
        X509Certificate issuer = issuerOf(certificate);
        notRevoked(certificate, issuer, now);
        meantForClients(certificate);
        return Oces3Subject.of(certificate);
    }

    private static void validAt(X509Certificate certificate, Instant now) throws CertificateRefused {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new CertificateRefused("the certificate expired at " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new CertificateRefused("the certificate is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
    }

    private X509Certificate issuerOf(X509Certificate certificate) throws CertificateRefused {
        for (X509Certificate issuer : issuers) {
            if (issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(issuer.getPublicKey());
                    return issuer;
                } catch (GeneralSecurityException e) {
                    // same name, another key: keep looking, then refuse
                }
            }
        }
        throw new CertificateRefused("the certificate is not issued by a trusted CA (issuer "
                + certificate.getIssuerX500Principal().getName() + ")");
    }

    private void notRevoked(X509Certificate certificate, X509Certificate issuer, Instant now)
            throws CertificateRefused {
        X509CRL crl = revocations.get(issuer);
        if (crl == null) {
            return;
        }
        if (crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
            throw new CertificateRefused("the revocation list of " + issuer.getSubjectX500Principal().getName()
                    + " is out of date since " + crl.getNextUpdate().toInstant() + "; fetch a current one");
        }
        X509CRLEntry revoked = crl.getRevokedCertificate(certificate);
        if (revoked != null) {
            throw new CertificateRefused("the certificate was revoked on " + revoked.getRevocationDate().toInstant()
                    + Optional.ofNullable(revoked.getRevocationReason()).map(r -> " (" + r + ")").orElse(""));
        }
    }

    private static void meantForClients(X509Certificate certificate) throws CertificateRefused {
        if (certificate.getBasicConstraints() >= 0) {
            throw new CertificateRefused("a CA certificate cannot identify a system");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE]) {
            throw new CertificateRefused("the certificate's key usage does not allow digital signatures, so it"
                    + " cannot authenticate a TLS client");
        }
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            if (extended != null && !extended.contains(CLIENT_AUTH)) {
                throw new CertificateRefused("the certificate's extended key usage does not include TLS client"
                        + " authentication");
            }
        } catch (java.security.cert.CertificateParsingException e) {
            throw new CertificateRefused("the certificate's extended key usage cannot be read: " + e.getMessage());
        }
    }
}
