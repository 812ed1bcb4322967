package dk.forbind.core;

import java.util.Map;
import java.util.function.Supplier;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;

/**
 * How an adapter (a REST or SOAP API) hands a message to the platform: a persistent text message on a queue of the
 * shared broker, with its properties. A persistent send returns only when the broker has stored the message, so
 * once {@link #send} returns the message survives a crash and the caller may be told it was taken.
 */
public final class PersistentQueue {
    /** Artemis' duplicate detection: a second message with the same value is dropped while the first is remembered. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final Supplier<ConnectionFactory> broker;

    /** @param broker the node's connection factory jms/forbind, or null while there is none */
    public PersistentQueue(Supplier<ConnectionFactory> broker) {
        this.broker = broker;
    }

    /** @throws JMSException when the broker does not take the message */
    public void send(String queue, String body, Map<String, ?> properties) throws JMSException {
        ConnectionFactory factory = broker.get();
        if (factory == null) {
            throw new JMSException("no JMS connection factory jms/forbind");
        }
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            TextMessage message = session.createTextMessage(body);
            for (Map.Entry<String, ?> property : properties.entrySet()) {
                if (property.getValue() != null) {
                    message.setObjectProperty(property.getKey(), property.getValue());
                }
            }
            producer.send(message);
        }
    }
}
