package dk.forbind.transparency.intake;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.OutageLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes data-access events off {@code forbind.transparency.events} in batches inside one JMS
 * transaction, stores the batch in one database transaction, and only then commits the JMS
 * transaction. A crash before the database commit redelivers the batch; a crash between the two
 * commits redelivers events that are already stored, which the store skips by event id. An event
 * that cannot be read is parked on {@code DLQ.forbind.transparency.events} in the same transaction.
 */
public final class EventIntake implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);
    private static final String QUEUE = ForbindAddresses.TRANSPARENCY_EVENTS;
    private static final long IDLE_RECEIVE_MS = 1000;
    private static final long MAX_BACKOFF_MS = 30_000;

    /** Where a batch goes; called on the intake thread only. */
    public interface Store {
        int append(List<DataAccessEvent> events) throws Exception;

        /** Called when the queue has been empty for a while: time for checkpoints and purges. */
        void idle();
    }

    private final ConnectionFactory connectionFactory;
    private final Store store;
    private final int batchSize;
    private final long batchWaitMs;
    private volatile boolean running = true;
    private volatile long stored;

    public EventIntake(ConnectionFactory connectionFactory, Store store, int batchSize, long batchWaitMs) {
        this.connectionFactory = connectionFactory;
        this.store = store;
        this.batchSize = Math.max(1, batchSize);
        this.batchWaitMs = Math.max(0, batchWaitMs);
    }

    public void stop() {
        running = false;
    }

    private final OutageLog outage = new OutageLog(LOG, "Transparency intake");

    public long stored() {
        return stored;
    }

    @Override
    public void run() {
        long backoff = 500;
        while (running) {
            try (Connection connection = connectionFactory.createConnection();
                 Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                 MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
                 MessageProducer parking = session.createProducer(
                         session.createQueue(ForbindAddresses.deadLetter(QUEUE)))) {
                connection.start();
                LOG.info("Transparency intake consuming {} in batches of up to {}", QUEUE, batchSize);
                while (running) {
                    if (takeBatch(session, consumer, parking)) {
                        backoff = 500;
                        outage.worked();
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                outage.failed(e.getMessage(), "its events wait on " + QUEUE + " and are retried");
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /** Returns whether a batch was stored (false when the queue was idle). */
    private boolean takeBatch(Session session, MessageConsumer consumer, MessageProducer parking) throws Exception {
        Message first = consumer.receive(IDLE_RECEIVE_MS);
        if (first == null) {
            store.idle();
            return false;
        }
        List<DataAccessEvent> events = new ArrayList<>();
        int messages = 0;
        long deadline = System.currentTimeMillis() + batchWaitMs;
        for (Message message = first; message != null; message = next(consumer, deadline, ++messages)) {
            read(message, session, parking, events);
        }
        try {
            int added = store.append(events);
            session.commit();
            stored += added;
            LOG.debug("Stored {} data-access events ({} redelivered ones skipped)", added, events.size() - added);
        } catch (Exception e) {
            session.rollback();
            throw e;
        }
        return true;
    }

    private Message next(MessageConsumer consumer, long deadline, int taken) throws JMSException {
        if (taken >= batchSize) {
            return null;
        }
        long left = deadline - System.currentTimeMillis();
        return left > 0 ? consumer.receive(left) : consumer.receiveNoWait();
    }

    private static void read(Message message, Session session, MessageProducer parking, List<DataAccessEvent> events)
            throws JMSException {
        String text = message instanceof TextMessage ? ((TextMessage) message).getText() : null;
        try {
            events.add(DataAccessEventJson.read(text));
        } catch (InvalidMessageException e) {
            TextMessage parked = session.createTextMessage(text);
            parked.setStringProperty(ForbindHeaders.ERROR, e.getMessage());
            parked.setStringProperty(ForbindHeaders.ORIGINAL_ADDRESS, QUEUE);
            parked.setStringProperty(ForbindHeaders.FAILED_AT, Instant.now().toString());
            String correlationId = message.getStringProperty(ForbindHeaders.CORRELATION_ID);
            if (correlationId != null) {
                parked.setStringProperty(ForbindHeaders.CORRELATION_ID, correlationId);
            }
            parking.send(parked);
            LOG.warn("Parked an unreadable data-access event on {}: {}", ForbindAddresses.deadLetter(QUEUE),
                    e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
