package dk.forbind.transparency.intake;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.QueueBatches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes data-access events off {@code forbind.transparency.events} in batches inside one JMS
 * transaction ({@link QueueBatches}), stores the batch in one database transaction, and only then commits the JMS
 * transaction. A crash before the database commit redelivers the batch; a crash between the two
 * commits redelivers events that are already stored, which the store skips by event id. An event
 * that cannot be read is parked on {@code DLQ.forbind.transparency.events} in the same transaction. Of several nodes
 * only the one whose turn it is (the chain writer) consumes, so the chain is written in one order by one writer.
 */
public final class EventIntake implements QueueBatches.Handler, Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);
    private static final String QUEUE = ForbindAddresses.TRANSPARENCY_EVENTS;
    private static final long IDLE_RECEIVE_MS = 1000;

    /** Where a batch goes; called on the intake thread only. */
    public interface Store {
        int append(List<DataAccessEvent> events) throws Exception;

        /** Called when the queue has been empty for a while: time for checkpoints and purges. */
        void idle();
    }

    private final Store store;
    private final QueueBatches batches;
    private volatile long stored;

    /** @param writer whether this node writes the chain now */
    public EventIntake(ConnectionFactory connectionFactory, Store store, int batchSize, long batchWaitMs,
                       BooleanSupplier writer) {
        this.store = store;
        this.batches = new QueueBatches(connectionFactory, QUEUE,
                QueueBatches.Cut.of(batchSize, Math.max(0, batchWaitMs), IDLE_RECEIVE_MS), this, "Transparency intake",
                writer);
    }

    public void stop() {
        batches.stop();
    }

    public long stored() {
        return stored;
    }

    @Override
    public void run() {
        LOG.info("Transparency intake consuming {}", QUEUE);
        batches.run();
    }

    @Override
    public void handle(Session session, List<Message> batch) throws Exception {
        List<DataAccessEvent> events = new ArrayList<>(batch.size());
        MessageProducer parking = null;
        try {
            for (Message message : batch) {
                String text = message instanceof TextMessage ? ((TextMessage) message).getText() : null;
                try {
                    events.add(DataAccessEventJson.read(text));
                } catch (InvalidMessageException e) {
                    if (parking == null) {
                        parking = session.createProducer(session.createQueue(ForbindAddresses.deadLetter(QUEUE)));
                    }
                    park(session, parking, message, text, e);
                }
            }
        } finally {
            if (parking != null) {
                parking.close();
            }
        }
        int added = store.append(events);
        session.commit();
        stored += added;
        LOG.debug("Stored {} data-access events ({} redelivered ones skipped)", added, events.size() - added);
    }

    @Override
    public void idle() {
        store.idle();
    }

    private static void park(Session session, MessageProducer parking, Message message, String text,
                             InvalidMessageException e) throws JMSException {
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
