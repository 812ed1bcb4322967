package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.Await;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The security review's findings, replayed against the distribution as an operator installs and starts
 * it (bin/start): after a CPR file has flowed, no secret or personal data is readable by another local
 * user, nothing listens beyond this machine, the broker account opens neither the shell nor JMX, and
 * an operator with the viewer role cannot make Camel send a message.
 */
public class DistributionSecurityIT {
    private static final String VIEWER = "itest-viewer";
    private static final String VIEWER_PASSWORD = "viewer-secret";

    @ClassRule
    public static final InstalledDistribution node = new InstalledDistribution();

    @BeforeClass
    public static void startAndRunAFile() throws Exception {
        // an operator's read-only account, added before the first start and left in clear text
        Files.writeString(node.home.resolve("etc/users.properties"), VIEWER + " = " + VIEWER_PASSWORD + ",viewer\n",
                java.nio.file.StandardOpenOption.APPEND);
        node.start(Map.of());
        Files.copy(node.home.resolve("samples/cpr/persons-sample.txt"), node.home.resolve("inbox/cpr/sample.txt"));
        Await.until("the sample file's nine persons stored", Duration.ofSeconds(60),
                () -> node.messagesOut("person-register") == 9);
    }

    @Test
    public void noSecretOrDataFileIsReadableByOthers() throws Exception {
        List<String> open;
        try (Stream<Path> files = Stream.of("etc", "data", "inbox").flatMap(d -> walk(node.home.resolve(d)))) {
            open = files.filter(DistributionSecurityIT::groupOrOthersMayAccess).map(p -> node.home.relativize(p).toString())
                    .collect(Collectors.toList());
        }
        assertEquals("files and folders others may read", List.of(), open);
        assertTrue(Files.exists(node.home.resolve("data/forbind/db/forbind.mv.db")));
        assertTrue(Files.exists(node.home.resolve("inbox/cpr/done/sample.txt")));
    }

    @Test
    public void passwordsAreStoredAsDigests() throws Exception {
        Await.until("Karaf hashed the account added in clear text", () -> !Files.readString(
                node.home.resolve("etc/users.properties")).contains(VIEWER_PASSWORD));
        String users = Files.readString(node.home.resolve("etc/users.properties"));
        String brokerUsers = Files.readString(node.home.resolve("etc/forbind-broker.users.properties"));
        assertFalse(users.contains(node.credential("admin")));
        assertTrue(users, users.contains("admin = " + KarafPassword.digest(node.credential("admin"))));
        assertFalse("the broker account is no Karaf account", users.contains("forbind-broker ="));
        assertFalse(brokerUsers.contains(node.credential("broker")));
        assertTrue(brokerUsers, brokerUsers.contains("forbind-broker = " + KarafPassword.digest(node.credential("broker"))));
    }

    @Test
    public void nothingListensBeyondThisMachine() throws Exception {
        List<String> sockets = ListeningSockets.of(node.process().orElseThrow().pid());
        assertTrue("HTTP, SSH, JMX and the broker at least: " + sockets, sockets.size() >= 5);
        assertEquals("sockets open to other machines", List.of(),
                sockets.stream().filter(s -> !ListeningSockets.isLoopback(s)).collect(Collectors.toList()));
    }

    @Test
    public void httpsAnswersWithTheCertificateMadeAtFirstStartAndTrustsTheDevelopmentAgencyCa() throws Exception {
        String password = node.credential("tls");
        HttpsURLConnection health = https(null);
        assertEquals(200, health.getResponseCode());
        assertTrue(health.getCipherSuite(), health.getCipherSuite().startsWith("TLS_"));

        Oces3Ca development = Oces3Ca.load(node.home.resolve("etc/forbind-dev-agency-ca.p12"), password.toCharArray());
        assertEquals(200, https(development.system("29190623", "Sagssystem").issue()).getResponseCode());
        Oces3Ca stranger = new Oces3Ca("Unknown CA");
        assertThrows("a certificate from a CA the truststore does not hold completes no handshake", IOException.class,
                () -> https(stranger.system("29190623", "Sagssystem").issue()).getResponseCode());
    }

    /** GET /forbind/health over HTTPS, trusting the node's certificate, presenting a system certificate or none. */
    private static HttpsURLConnection https(Oces3Ca.Issued client) throws Exception {
        SSLContext tls = TlsClientContext.of(node.home.resolve("etc/forbind-node.p12"),
                node.credential("tls").toCharArray(), client == null ? null : client.key(),
                client == null ? new X509Certificate[0] : new X509Certificate[] {client.certificate()});
        HttpsURLConnection health = (HttpsURLConnection) new URL("https://localhost:" + node.httpsPort
                + "/forbind/health").openConnection();
        health.setSSLSocketFactory(tls.getSocketFactory());
        return health;
    }

    @Test
    public void theBrokerAccountOpensNeitherTheShellNorJmx() throws Exception {
        String broker = node.credential("broker");
        assertThrows(SecurityException.class, () -> jmx("forbind-broker", broker).close());
        assertFalse("broker account on SSH", sshLogin("forbind-broker", broker));
        assertTrue("admin on SSH", sshLogin("admin", node.credential("admin")));
    }

    @Test
    public void aViewerReadsCamelButCannotMakeItSend() throws Exception {
        Path written = node.home.resolve("data/tmp/written-through-jmx.txt");
        try (JMXConnector connector = jmx(VIEWER, VIEWER_PASSWORD)) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            ObjectName context = server.queryNames(new ObjectName("org.apache.camel:type=context,*"), null).stream()
                    .findFirst().orElseThrow(() -> new AssertionError("no Camel context MBean"));
            assertEquals("Started", server.getAttribute(context, "State"));
            assertThrows(SecurityException.class, () -> server.invoke(context, "sendBody",
                    new Object[] {"file:" + written.getParent() + "?fileName=" + written.getFileName(), "x"},
                    new String[] {String.class.getName(), Object.class.getName()}));
        }
        assertFalse(Files.exists(written));
    }

    private static JMXConnector jmx(String user, String password) throws Exception {
        return JMXConnectorFactory.connect(node.jmx(), Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
    }

    private static boolean sshLogin(String user, String password) throws Exception {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect(user, "127.0.0.1", node.sshPort).verify(10_000).getSession()) {
                session.addPasswordIdentity(password);
                AuthFuture auth = session.auth();
                auth.await(10_000);
                return auth.isSuccess();
            }
        }
    }

    private static boolean groupOrOthersMayAccess(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
        } catch (java.io.IOException goneMeanwhile) {
            return false;
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
