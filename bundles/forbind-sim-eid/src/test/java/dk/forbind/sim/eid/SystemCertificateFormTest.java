package dk.forbind.sim.eid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development CA, saved and loaded as the distribution keeps it, issues a usable system certificate. */
class SystemCertificateFormTest {

    @TempDir
    Path etc;

    @Test
    void aSavedCaIssuesACertificateAndKeyThatBelongTogether() throws Exception {
        Oces3Ca made = new Oces3Ca("Forbind development agency CA");
        Oces3Ca ca = Oces3Ca.load(made.save(etc.resolve("ca.p12"), "secret".toCharArray()), "secret".toCharArray());
        JsonObject issued = (JsonObject) Jsoner.deserialize(SystemCertificateForm.issue(new DevelopmentAgencyCa(ca),
                Map.of("cvr", "29190623", "system", "Boligstøtte")::get));

        X509Certificate certificate = certificate(issued.getString("certificate"));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=Boligstøtte"),
                certificate.getSubjectX500Principal().getName());
        assertTrue(new String(certificate.getSubjectX500Principal().getEncoded(), StandardCharsets.ISO_8859_1)
                .contains("NTRDK-29190623"));
        certificate.verify(certificate(issued.getString("issuer")).getPublicKey());
        assertEquals(made.certificate(), certificate(issued.getString("issuer")));

        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(issued.getString("privateKey").replaceAll("-----[A-Z ]+-----|\\s", ""))));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(new byte[] {1, 2, 3});
        byte[] signed = signature.sign();
        signature.initVerify(certificate.getPublicKey());
        signature.update(new byte[] {1, 2, 3});
        assertTrue(signature.verify(signed), "the key is the certificate's");
    }

    @Test
    void aRequestWithoutCvrOrSystemIsRefused() {
        Oces3Ca ca = new Oces3Ca("CA");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SystemCertificateForm.issue(new DevelopmentAgencyCa(ca),
                Map.of("cvr", "2919", "system", "x")::get)).getMessage().contains("8-digit CVR"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SystemCertificateForm.issue(new DevelopmentAgencyCa(ca),
                Map.of("cvr", "29190623")::get)).getMessage().contains("system is required"));
    }

    @Test
    void withoutADevelopmentCaNothingIsIssued() {
        assertTrue(assertThrows(IllegalStateException.class, () -> new DevelopmentAgencyCa().issue("29190623", "x"))
                .getMessage().contains("no development agency CA is configured"));
    }

    private static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
