package dk.forbind.itests;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An agency's system on the node's broker (inside the container): it connects to the acceptor for agency systems
 * over TLS, trusting the node's certificate and presenting its own system certificate — or none.
 */
final class AgencyBrokerClient {
    private static final String PASSWORD = "agency-client-secret";
    private final String url;

    private AgencyBrokerClient(String url) {
        this.url = url;
    }

    /** A system presenting this certificate (issued by {@code ca}). */
    static AgencyBrokerClient presenting(Oces3Ca.Issued system, Oces3Ca ca) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("system", system.key(), PASSWORD.toCharArray(),
                new Certificate[] {system.certificate(), ca.certificate()});
        return new AgencyBrokerClient(tls() + "&keyStoreType=PKCS12&keyStorePassword=" + PASSWORD
                + "&keyStorePath=" + store(keys, "system"));
    }

    /** A client that presents no certificate. */
    static AgencyBrokerClient withoutCertificate() throws Exception {
        return new AgencyBrokerClient(tls());
    }

    private static String tls() throws Exception {
        KeyStore node = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "forbind-node.p12"))) {
            node.load(in, NodeTls.PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("node", node.getCertificate("forbind-node"));
        return "tcp://localhost:" + ForbindTestSupport.agencyBrokerPort() + "?sslEnabled=true&reconnectAttempts=0"
                + "&callTimeout=10000&trustStoreType=PKCS12&trustStorePassword=" + PASSWORD
                + "&trustStorePath=" + store(trust, "trust");
    }

    private static Path store(KeyStore store, String kind) throws Exception {
        Path file = Path.of(System.getProperty("karaf.data"), "tmp", "agency-" + kind + "-" + UUID.randomUUID()
                + ".p12");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /** Sends a persistent text message with these properties; a refusal is thrown. */
    void send(String queue, String text, Map<String, String> properties) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(text);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            session.createProducer(session.createQueue(queue)).send(message);
        }
    }

    /** The next text message on a queue, or null if none comes in time; a refusal is thrown. */
    String receive(String queue, Duration timeout) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            Message message = session.createConsumer(session.createQueue(queue)).receive(timeout.toMillis());
            return message == null ? null : ((TextMessage) message).getText();
        }
    }
}
