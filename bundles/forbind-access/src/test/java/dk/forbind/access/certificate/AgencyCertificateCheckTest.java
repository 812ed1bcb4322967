package dk.forbind.access.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.AgencySystem;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** System certificates: the genuine one names its agency and system; every flawed one is refused with its reason. */
class AgencyCertificateCheckTest {
    private static final Oces3Ca CA = new Oces3Ca("Test OCES3 issuing CA");
    private static final Oces3Ca FOREIGN = new Oces3Ca("Test OCES3 issuing CA");
    private static final String CVR = "29190623";

    private final AgencyCertificateCheck check = new AgencyCertificateCheck(List.of(CA.certificate()), Map.of());

    @Test
    void aSystemCertificateFromTheTrustedCaNamesItsAgencyAndSystem() throws Exception {
        Oces3Ca.SystemCertificate housing = CA.system(CVR, "Boligstøtte sagssystem");
        AgencySystem system = check.check(List.of(housing.issue().certificate()), Instant.now());
        assertEquals(new AgencySystem(CVR, housing.systemId(), "Boligstøtte sagssystem"), system);
    }

    @Test
    void everyFlawedCertificateIsRefusedWithItsOwnReason() {
        Instant now = Instant.now();
        Map<X509Certificate, String> corpus = new LinkedHashMap<>();
        corpus.put(CA.system(CVR, "old").valid(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)))
                .issue().certificate(), "the certificate expired at");
        corpus.put(CA.system(CVR, "early").valid(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)))
                .issue().certificate(), "not valid before");
        corpus.put(FOREIGN.system(CVR, "same CA name, other key").issue().certificate(),
                "not issued by a trusted CA");
        corpus.put(new Oces3Ca("Unknown CA").system(CVR, "stranger").issue().certificate(),
                "not issued by a trusted CA (issuer CN=Unknown CA");
        corpus.put(CA.system(null, "nobody's").issue().certificate(), "names no CVR");
        corpus.put(CA.system(CVR, "signer").signingOnly().issue().certificate(), "key usage");
        corpus.put(CA.system(CVR, "sub-CA").authority().issue().certificate(), "a CA certificate cannot identify");
        corpus.forEach((certificate, reason) -> {
            CertificateRefused refused = assertThrows(CertificateRefused.class,
                    () -> check.check(List.of(certificate), now), reason);
            assertTrue(refused.getMessage().contains(reason), "expected '" + reason + "' in: " + refused.getMessage());
        });
        assertTrue(assertThrows(CertificateRefused.class, () -> check.check(List.of(), now)).getMessage()
                .contains("no client certificate"));
    }

    @Test
    void aRevokedCertificateIsRefusedAndAnOutOfDateListRefusesEveryone() throws Exception {
        X509Certificate revoked = CA.system(CVR, "stolen").issue().certificate();
        X509Certificate fine = CA.system(CVR, "kept").issue().certificate();
        AgencyCertificateCheck withCrl = new AgencyCertificateCheck(List.of(CA.certificate()),
                Map.of(CA.certificate(), CA.revocationList(Duration.ofDays(1), revoked)));
        CertificateRefused refused = assertThrows(CertificateRefused.class,
                () -> withCrl.check(List.of(revoked), Instant.now()));
        assertTrue(refused.getMessage().contains("revoked on") && refused.getMessage().contains("KEY_COMPROMISE"),
                refused.getMessage());
        assertEquals("kept", withCrl.check(List.of(fine), Instant.now()).name());

        CertificateRefused stale = assertThrows(CertificateRefused.class,
                () -> withCrl.check(List.of(fine), Instant.now().plus(Duration.ofDays(2))));
        assertTrue(stale.getMessage().contains("revocation list") && stale.getMessage().contains("out of date"),
                stale.getMessage());
    }

    @Test
    void aRevocationListNotSignedByItsCaIsRefusedAtConfiguration() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new AgencyCertificateCheck(List.of(CA.certificate()),
                        Map.of(CA.certificate(), FOREIGN.revocationList(Duration.ofDays(1)))));
        assertTrue(wrong.getMessage().contains("not signed by that CA"), wrong.getMessage());
    }
}
