package dk.forbind.core;

import java.util.Map;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;

/**
 * Sends many persistent messages to one queue in local JMS transactions, for batch sources (files)
 * that would be slow with one broker round trip per message. Nothing is visible to consumers until
 * {@link #commit()}; {@link #close()} without commit rolls back.
 *
 * <p>Set {@link #DUPLICATE_ID} on each message to a stable id: the broker then drops a message it
 * has already accepted, so a source re-read after a crash does not deliver a record twice.
 */
public final class TransactedBatchSender implements AutoCloseable {
    /** Artemis duplicate-detection property. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;
    private final String queue;
    private Session plainSession;
    private MessageProducer plainProducer;
    private int pending;

    public TransactedBatchSender(ConnectionFactory factory, String queue) throws JMSException {
        this.queue = queue;
        connection = factory.createConnection();
        try {
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            producer = persistentProducer(session);
        } catch (JMSException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Adds one text message with string properties to the current transaction. */
    public void send(String body, Map<String, String> properties) throws JMSException {
        producer.send(message(session, body, properties));
        pending++;
    }

    /**
     * Sends one message at once, outside the transaction. The broker silently drops it if it has
     * accepted a message with the same {@link #DUPLICATE_ID}; use it for messages that may already
     * have been sent by a run that crashed.
     */
    public void sendOutsideTransaction(String body, Map<String, String> properties) throws JMSException {
        if (plainSession == null) {
            plainSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            plainProducer = persistentProducer(plainSession);
        }
        plainProducer.send(message(plainSession, body, properties));
    }

    private MessageProducer persistentProducer(Session on) throws JMSException {
        MessageProducer created = on.createProducer(on.createQueue(queue));
        created.setDeliveryMode(DeliveryMode.PERSISTENT);
        return created;
    }

    private static TextMessage message(Session on, String body, Map<String, String> properties) throws JMSException {
        TextMessage message = on.createTextMessage(body);
        for (Map.Entry<String, String> p : properties.entrySet()) {
            message.setStringProperty(p.getKey(), p.getValue());
        }
        return message;
    }

    /** Messages sent since the last commit. */
    public int pending() {
        return pending;
    }

    public void commit() throws JMSException {
        session.commit();
        pending = 0;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
