package dk.forbind.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.access.certificate.TrustedIssuers;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issuers and revocation lists as an operator configures them, in files; an agency system as a principal. */
class ClientCertificateAuthenticatorTest {
    private static final Oces3Ca CA = new Oces3Ca("Test issuing CA");
    private static final Oces3Ca OTHER = new Oces3Ca("Other issuing CA");

    @TempDir
    Path etc;

    @Test
    void aSystemCertificateBecomesAnAgencyPrincipalAndARevokedOneIsRefused() throws Exception {
        X509Certificate revoked = CA.system("29190623", "stolen").issue().certificate();
        Path issuers = pem(etc.resolve("issuers.pem"), CA.certificate(), OTHER.certificate());
        Path crl = Files.write(etc.resolve("ca.crl"), CA.revocationList(Duration.ofDays(1), revoked).getEncoded());
        ClientCertificateAuthenticator authenticator = new ClientCertificateAuthenticator();
        authenticator.configure(TrustedIssuers.read(issuers, List.of(crl)), NsisLevel.SUBSTANTIAL);

        Oces3Ca.SystemCertificate housing = OTHER.system("29190623", "Boligstøtte");
        ForbindPrincipal agency = authenticator.authenticate(h -> null, List.of(housing.issue().certificate()));
        assertTrue(agency.has(ForbindRole.AGENCY_SYSTEM));
        assertEquals(housing.systemId(), agency.agencySystem().orElseThrow().systemId());
        assertEquals(NsisLevel.SUBSTANTIAL, agency.loa());
        assertTrue(agency.subject().isEmpty(), "a system is no data subject");

        AuthenticationFailure refused = assertThrows(AuthenticationFailure.class,
                () -> authenticator.authenticate(h -> null, List.of(revoked)));
        assertEquals(ApiAuthenticator.CLIENT_CERTIFICATE, refused.scheme());
        assertTrue(refused.getMessage().startsWith("client certificate refused: the certificate was revoked"),
                refused.getMessage());
        assertTrue(assertThrows(AuthenticationFailure.class, () -> authenticator.authenticate(h -> null))
                .getMessage().contains("no client certificate"));
    }

    @Test
    void aRevocationListOfAnUntrustedIssuerOrAnEmptyIssuersFileStopsTheConfiguration() throws Exception {
        Path issuers = pem(etc.resolve("issuers.pem"), CA.certificate());
        Path foreign = Files.write(etc.resolve("other.crl"), OTHER.revocationList(Duration.ofDays(1)).getEncoded());
        GeneralSecurityException wrongCrl = assertThrows(GeneralSecurityException.class,
                () -> TrustedIssuers.read(issuers, List.of(foreign)));
        assertTrue(wrongCrl.getMessage().contains("which is not a trusted issuer"), wrongCrl.getMessage());
        Path empty = Files.writeString(etc.resolve("empty.pem"), "");
        assertThrows(GeneralSecurityException.class, () -> TrustedIssuers.read(empty, List.of()));
    }

    private static Path pem(Path file, X509Certificate... certificates) throws Exception {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            pem.append("-----BEGIN CERTIFICATE-----\n")
                    .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return Files.writeString(file, pem);
    }
}
