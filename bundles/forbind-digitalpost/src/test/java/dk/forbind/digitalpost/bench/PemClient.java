package dk.forbind.digitalpost.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A TLS client identity from PEM files (as the development CA hands them out), trusting the node's certificate. */
final class PemClient {
    private PemClient() {
    }

    static SSLContext tls(String certificatePem, String keyPem, String nodePem) throws Exception {
        CertificateFactory certificates = CertificateFactory.getInstance("X.509");
        Certificate[] chain = certificates.generateCertificates(new ByteArrayInputStream(
                Files.readAllBytes(Path.of(certificatePem)))).toArray(Certificate[]::new);
        String key = Files.readString(Path.of(keyPem)).replaceAll("-----[A-Z ]+-----|\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("system", privateKey, new char[0], chain);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, new char[0]);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        int i = 0;
        for (Certificate node : certificates.generateCertificates(new ByteArrayInputStream(
                Files.readAllBytes(Path.of(nodePem))))) {
            trusted.setCertificateEntry("node-" + i++, node);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return tls;
    }
}
