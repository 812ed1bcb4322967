package dk.forbind.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.access.certificate.IssuerFiles;
import dk.forbind.access.certificate.TrustedIssuers;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        Path issuers = pem(etc.resolve("issuers.pem"), CA, OTHER);
        Path crl = Files.write(etc.resolve("ca.crl"), CA.revocationList(Duration.ofDays(1), revoked).getEncoded());
        ClientCertificateAuthenticator authenticator = new ClientCertificateAuthenticator();
        authenticator.configure(new IssuerFiles(issuers, List.of(crl), Clock.systemUTC(), Duration.ZERO),
                NsisLevel.SUBSTANTIAL);

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
    void aRevocationListReplacedWhileTheNodeRunsTakesEffectAndAnUnreadableOneKeepsThePrevious() throws Exception {
        X509Certificate system = CA.system("29190623", "case system").issue().certificate();
        Path issuers = pem(etc.resolve("issuers.pem"), CA);
        Path crl = Files.write(etc.resolve("ca.crl"), CA.revocationList(Duration.ofDays(1)).getEncoded());
        ClientCertificateAuthenticator authenticator = new ClientCertificateAuthenticator();
        authenticator.configure(new IssuerFiles(issuers, List.of(crl), Clock.systemUTC(), Duration.ZERO),
                NsisLevel.SUBSTANTIAL);
        assertEquals("case system", authenticator.authenticate(h -> null, List.of(system)).agencySystem()
                .orElseThrow().name());

        Files.write(crl, CA.revocationList(Duration.ofDays(1), system).getEncoded());
        Files.setLastModifiedTime(crl, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(assertThrows(AuthenticationFailure.class, () -> authenticator.authenticate(h -> null,
                List.of(system))).getMessage().contains("revoked"), "the new list is in force");

        Files.writeString(crl, "not a revocation list");
        Files.setLastModifiedTime(crl, FileTime.from(Instant.now().plusSeconds(10)));
        assertTrue(assertThrows(AuthenticationFailure.class, () -> authenticator.authenticate(h -> null,
                List.of(system))).getMessage().contains("revoked"), "an unreadable file keeps the previous list");
    }

    @Test
    void aRevocationListOfAnUntrustedIssuerOrAnEmptyIssuersFileStopsTheConfiguration() throws Exception {
        Path issuers = pem(etc.resolve("issuers.pem"), CA);
        Path foreign = Files.write(etc.resolve("other.crl"), OTHER.revocationList(Duration.ofDays(1)).getEncoded());
        GeneralSecurityException wrongCrl = assertThrows(GeneralSecurityException.class,
                () -> TrustedIssuers.read(issuers, List.of(foreign)));
        assertTrue(wrongCrl.getMessage().contains("which is not a trusted issuer"), wrongCrl.getMessage());
        Path empty = Files.writeString(etc.resolve("empty.pem"), "");
        assertThrows(GeneralSecurityException.class, () -> TrustedIssuers.read(empty, List.of()));
    }

    /** The issuers file an operator writes: the CAs' certificates in PEM, one after the other. */
    private static Path pem(Path file, Oces3Ca... cas) throws Exception {
        StringBuilder pem = new StringBuilder();
        for (Oces3Ca ca : cas) {
            pem.append(ca.certificatePem());
        }
        return Files.writeString(file, pem);
    }
}
