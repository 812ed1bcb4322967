package dk.forbind.digitalpost.api;

import dk.forbind.api.ForbindHeaders;
import java.util.UUID;
import java.util.function.Supplier;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;

/**
 * Puts messages for the Digital Post connector on the broker, persistently: a registered letter's UUID on the
 * connector's queue (the broker drops a second one for the same letter while it remembers the first), or a receipt
 * on the receipts address.
 */
final class LetterQueue {
    private static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final Supplier<ConnectionFactory> broker;

    LetterQueue(Supplier<ConnectionFactory> broker) {
        this.broker = broker;
    }

    void deliver(String queue, UUID letter, String correlationId) throws JMSException {
        send(queue, letter.toString(), "letter-" + letter, correlationId);
    }

    void receipt(String queue, String receipt, String correlationId) throws JMSException {
        send(queue, receipt, null, correlationId);
    }

    private void send(String queue, String body, String duplicateId, String correlationId) throws JMSException {
        ConnectionFactory factory = broker.get();
        if (factory == null) {
            throw new JMSException("no JMS connection factory jms/forbind");
        }
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            TextMessage message = session.createTextMessage(body);
            if (duplicateId != null) {
                message.setStringProperty(DUPLICATE_ID, duplicateId);
            }
            message.setStringProperty(ForbindHeaders.CORRELATION_ID, correlationId);
            producer.send(message);
        }
    }
}
