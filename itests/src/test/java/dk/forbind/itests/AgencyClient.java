package dk.forbind.itests;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.apache.camel.util.json.JsonObject;

/**
 * An agency's system calling the node over HTTPS (inside the container): it trusts the node's certificate and
 * presents its own system certificate, or none.
 */
final class AgencyClient {
    private final SSLContext tls;

    private AgencyClient(SSLContext tls) {
        this.tls = tls;
    }

    /** A client that presents this system certificate (issued by {@code ca}). */
    static AgencyClient presenting(Oces3Ca.Issued system, Oces3Ca ca) throws Exception {
        return presenting(system.key(), system.certificate(), ca.certificate());
    }

    /** A client that presents the certificate and key the simulator issued (its JSON answer). */
    static AgencyClient presenting(JsonObject issued) throws Exception {
        CertificateFactory certificates = CertificateFactory.getInstance("X.509");
        String key = issued.getString("privateKey").replaceAll("-----[A-Z ]+-----|\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        return presenting(privateKey, certificate(certificates, issued.getString("certificate")),
                certificate(certificates, issued.getString("issuer")));
    }

    private static X509Certificate certificate(CertificateFactory factory, String pem) throws Exception {
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(
                pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static AgencyClient presenting(PrivateKey key, X509Certificate... chain) throws Exception {
        return new AgencyClient(TlsClientContext.of(nodeKeystore(), NodeTls.PASSWORD.toCharArray(), key, chain));
    }

    /** A client that presents the key and chain of a PKCS#12 keystore (alias "system"). */
    static AgencyClient presenting(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        return presenting((PrivateKey) store.getKey("system", password.toCharArray()),
                Arrays.stream(store.getCertificateChain("system")).map(X509Certificate.class::cast)
                        .toArray(X509Certificate[]::new));
    }

    /** A client that presents no certificate. */
    static AgencyClient anonymous() throws Exception {
        return new AgencyClient(TlsClientContext.of(nodeKeystore(), NodeTls.PASSWORD.toCharArray(), null));
    }

    private static Path nodeKeystore() {
        return Path.of(System.getProperty("karaf.etc"), "forbind-node.p12");
    }

    /** GET over HTTPS on the node's secure port: status, body and headers. */
    ForbindTestSupport.HttpAnswer get(String path) throws IOException {
        return request("GET", path, null, null);
    }

    /** POST of a body of this type over HTTPS on the node's secure port. */
    ForbindTestSupport.HttpAnswer post(String path, String contentType, byte[] body) throws IOException {
        return request("POST", path, contentType, body);
    }

    private ForbindTestSupport.HttpAnswer request(String method, String path, String contentType, byte[] body)
            throws IOException {
        HttpsURLConnection https = (HttpsURLConnection) new URL("https://localhost:" + ForbindTestSupport.httpsPort()
                + path).openConnection();
        https.setSSLSocketFactory(tls.getSocketFactory());
        https.setRequestMethod(method);
        https.setConnectTimeout(5000);
        https.setReadTimeout(30000);
        if (body != null) {
            https.setDoOutput(true);
            https.setRequestProperty("Content-Type", contentType);
            https.getOutputStream().write(body);
        }
        int status = https.getResponseCode();
        InputStream answer = status < 400 ? https.getInputStream() : https.getErrorStream();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        https.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                headers.put(name, String.join(", ", values));
            }
        });
        return new ForbindTestSupport.HttpAnswer(status, answer == null ? "" : new String(answer.readAllBytes(),
                StandardCharsets.UTF_8), headers);
    }
}
