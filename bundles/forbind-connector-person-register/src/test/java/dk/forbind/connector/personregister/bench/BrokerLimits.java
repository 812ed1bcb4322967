package dk.forbind.connector.personregister.bench;

import java.nio.file.Path;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Queue;
import javax.jms.Session;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * (a) What the broker alone can do: persistent JMS send and receive, committed every N messages, on an embedded
 * Artemis configured by the distribution's own {@code etc/artemis.xml} (journal, data sync, buffer timeout) — with
 * security off, as the raw clients have no account — over TCP, as the node's clients connect.
 */
final class BrokerLimits implements AutoCloseable {
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final ActiveMQConnectionFactory connectionFactory;

    BrokerLimits(Path artemisXml, Path data, int port) throws Exception {
        System.setProperty("karaf.data", data.toString());
        System.setProperty("forbind.broker.port", Integer.toString(port));
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager(artemisXml.toUri().toString());
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        configuration.setSecurityEnabled(false);
        server.setConfiguration(configuration);
        server.start();
        connectionFactory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    /** Messages per second through one queue: a producer and a consumer at once, each committing every {@code n}. */
    double sendAndReceive(String queueName, int messages, int n, String body) throws Exception {
        long start = System.nanoTime();
        Thread producer = new Thread(() -> send(queueName, messages, n, body), "limits-producer");
        producer.start();
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queueName));
            for (int i = 1; i <= messages; i++) {
                if (consumer.receive(30_000) == null) {
                    throw new IllegalStateException("message " + i + " of " + messages + " did not come");
                }
                if (i % n == 0 || i == messages) {
                    session.commit();
                }
            }
        }
        producer.join();
        return messages / ((System.nanoTime() - start) / 1e9);
    }

    private void send(String queueName, int messages, int n, String body) {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue(queueName);
            MessageProducer producer = session.createProducer(queue);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 1; i <= messages; i++) {
                producer.send(session.createTextMessage(body));
                if (i % n == 0 || i == messages) {
                    session.commit();
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        connectionFactory.close();
        server.stop();
    }
}
