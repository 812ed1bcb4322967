package dk.forbind.core.internal;

import dk.forbind.api.UntrustedText;
import dk.forbind.core.QueueBatches;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.Session;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.JmsResourceHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Handles one batch taken by a {@link BatchConsumer}: each message runs through the route as its own exchange, on
 * the batch's session — what the route sends, the data-access events and the dead-letter copies go out in the
 * batch's broker transaction. Then the writes of the messages that succeeded are committed to the database, and
 * only then the broker transaction. If an exchange fails, or the database refuses the writes, the whole batch
 * goes back to its queue and its messages are taken one by one, which finds the one that failed; that one is taken
 * alone again as often as the platform redelivers, then parked with its reason. While the database is down the
 * batch goes back and the connector waits, as for any outage.
 */
final class BatchRun implements QueueBatches.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

    /** How an exchange of the batch ended. */
    enum Ending { DONE, PARKED, HELD_BACK, FAILED }

    private final BatchConsumer consumer;
    private final ConnectionFactory connectionFactory;
    private final BatchRetakes retakes;
    private final int redeliveries;

    BatchRun(BatchConsumer consumer, ConnectionFactory connectionFactory, BatchRetakes retakes, int redeliveries) {
        this.consumer = consumer;
        this.connectionFactory = connectionFactory;
        this.retakes = retakes;
        this.redeliveries = redeliveries;
    }

    @Override
    public void handle(Session session, List<Message> batch) throws Exception {
        // the route's JMS sends find the batch's session here and join its transaction (Spring's JmsTemplate)
        try (BatchSession sends = new BatchSession(session)) {
            TransactionSynchronizationManager.bindResource(connectionFactory, new JmsResourceHolder(sends.forSends()));
            try {
                run(session, sends, batch);
            } finally {
                TransactionSynchronizationManager.unbindResource(connectionFactory);
            }
        }
    }

    private void run(Session session, BatchSession sends, List<Message> batch) throws Exception {
        List<String> ids = new ArrayList<>(batch.size());
        for (Message message : batch) {
            ids.add(message.getJMSMessageID());
        }
        PendingWrites writes = new PendingWrites();
        for (Message message : batch) {
            Optional<BatchRetakes.Retake> retake = retakes.of(message.getJMSMessageID());
            MessageWrites part = new MessageWrites(sends);
            Exchange exchange = consumer.exchangeFor(message, session, part);
            try {
                Ending ending = retake.filter(BatchRetakes.Retake::park).isPresent()
                        ? consumer.park(exchange, retake.get().failure()) : consumer.process(exchange);
                if (ending == Ending.DONE) {
                    writes.addAll(part.pending());
                } else if (ending == Ending.HELD_BACK) {
                    session.rollback(); // the connector waits for a dependency; the batch waits with it
                    return;
                } else if (ending == Ending.FAILED) {
                    session.rollback();
                    failed(ids, failureOf(exchange), "its route failed");
                    return;
                }
            } finally {
                consumer.release(exchange);
            }
        }
        try {
            writes.commit();
        } catch (Exception e) {
            session.rollback();
            if (Outage.of(e).isPresent()) {
                waitForDatabase(session, sends, batch.get(0), e);
            } else {
                failed(ids, e, "the database refused its " + writes.items() + " writes");
            }
            return;
        }
        session.commit();
        retakes.settled(ids);
    }

    private void failed(List<String> ids, Throwable failure, String what) {
        if (ids.size() > 1) {
            retakes.alone(ids);
            LOG.warn("A batch of {} messages from {} went back to its queue, {} ({}); they are taken one by one",
                    ids.size(), consumer.queue(), what, UntrustedText.forLog(failure.getMessage()));
        } else {
            retakes.failedAlone(ids.get(0), failure, redeliveries);
            boolean parked = retakes.of(ids.get(0)).filter(BatchRetakes.Retake::park).isPresent();
            LOG.warn("A message from {} went back to its queue, {} ({}); {}", consumer.queue(), what,
                    UntrustedText.forLog(failure.getMessage()),
                    parked ? "it is parked when the broker delivers it again" : "it is taken alone again");
        }
    }

    /** The dead-letter step holds the message back and the connector waits; nothing of this goes out. */
    private void waitForDatabase(Session session, BatchSession sends, Message first, Exception failure)
            throws JMSException {
        Exchange exchange = consumer.exchangeFor(first, session, new MessageWrites(sends));
        try {
            consumer.park(exchange, failure);
        } finally {
            consumer.release(exchange);
            session.rollback();
        }
    }

    private static Throwable failureOf(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        return failure != null ? failure : new JMSException("exchange " + exchange.getExchangeId() + " rolled back");
    }
}
