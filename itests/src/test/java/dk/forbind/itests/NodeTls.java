package dk.forbind.itests;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The TLS material a Pax Exam node needs, made by the test driver as {@code bin/forbind-credentials} makes it at a
 * first start: the node's key and certificate (CN=localhost), and a development agency CA — its certificate in the
 * truststore Pax Web checks client certificates with and in the issuers file of etc/dk.forbind.access.cfg, and its
 * key in etc/forbind-dev-agency-ca.p12, where the eID simulator issues system certificates with it.
 */
final class NodeTls {
    static final String PASSWORD = "itest-tls-secret";
    static final String AGENCY_CA = "etc/forbind-dev-agency-ca.p12";

    private NodeTls() {
    }

    /** The files to put under the distribution, by their path there. */
    static Map<String, Path> files(Path directory) throws Exception {
        Files.createDirectories(directory);
        Path node = directory.resolve("forbind-node.p12");
        Files.deleteIfExists(node);
        keytool("-genkeypair", "-alias", "forbind-node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", node.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        Oces3Ca ca = new Oces3Ca("Forbind development agency CA");
        Path caFile = ca.save(directory.resolve("forbind-dev-agency-ca.p12"), PASSWORD.toCharArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, PASSWORD.toCharArray());
        trust.setCertificateEntry("development-agency-ca", ca.certificate());
        Path truststore = directory.resolve("forbind-agency-truststore.p12");
        try (OutputStream out = Files.newOutputStream(truststore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        Path issuers = Files.writeString(directory.resolve("forbind-agency-issuers.pem"), ca.certificatePem(),
                StandardCharsets.US_ASCII);
        return Map.of("etc/forbind-node.p12", node, AGENCY_CA, caFile, "etc/forbind-agency-truststore.p12",
                truststore, "etc/forbind-agency-issuers.pem", issuers);
    }

    /** The node's development agency CA, loaded inside the container, to issue system certificates with. */
    static Oces3Ca agencyCa() throws Exception {
        return Oces3Ca.load(Path.of(System.getProperty("karaf.base"), AGENCY_CA), PASSWORD.toCharArray());
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
