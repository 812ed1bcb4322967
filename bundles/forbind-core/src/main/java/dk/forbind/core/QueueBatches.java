package dk.forbind.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes messages off one queue in batches — up to a limit of messages, or what arrives within a wait after the
 * first — on one transacted session and one consumer that live as long as this runs: no consumer is created and
 * closed per transaction. The handler commits or rolls back each batch on that session, so whatever it sends on
 * the session commits together with the messages it took. When the broker goes away the session is made again,
 * with growing back-off, and the failure is logged as an outage (once, then reminders). A runner with a turn (e.g.
 * "this node holds the role") consumes only while it is its turn: asked before each batch, and every few seconds
 * while it is not — no consumer is open meanwhile.
 */
public final class QueueBatches implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueBatches.class);
    private static final long FIRST_BACKOFF_MS = 500;
    private static final long MAX_BACKOFF_MS = 30_000;
    private static final long TURN_CHECK_MS = 1_000;

    /** What is done with each batch; called on this runner's thread only. */
    public interface Handler {
        /**
         * Handles the batch taken on {@code session}: commits the session, or rolls it back so the messages return
         * to their queue. An exception rolls the session back and makes it again after a back-off.
         */
        void handle(Session session, List<Message> batch) throws Exception;

        /** The queue has been empty for the idle time. */
        default void idle() {
        }
    }

    /**
     * How batches are cut: up to {@code limit} messages (asked before each batch, at least 1), waiting up to
     * {@code waitMs} after the first; {@code idleMs} without a message makes the queue idle.
     */
    public record Cut(IntSupplier limit, long waitMs, long idleMs) {
        public static Cut of(int limit, long waitMs, long idleMs) {
            return new Cut(() -> limit, waitMs, idleMs);
        }
    }

    private final ConnectionFactory connectionFactory;
    private final String queue;
    private final Cut cut;
    private final Handler handler;
    private final OutageLog outage;
    private final BooleanSupplier turn;
    private final Object waitLock = new Object();
    private volatile boolean running = true;
    /** The consumer while it waits for the first message of a batch: what {@link #stop()} closes to wake it. */
    private MessageConsumer waiting;

    /** @param what the activity for the outage log, e.g. {@code "Transparency intake"} */
    public QueueBatches(ConnectionFactory connectionFactory, String queue, Cut cut, Handler handler, String what) {
        this(connectionFactory, queue, cut, handler, what, () -> true);
    }

    /** @param turn whether it is this runner's turn to consume now */
    public QueueBatches(ConnectionFactory connectionFactory, String queue, Cut cut, Handler handler, String what,
                        BooleanSupplier turn) {
        this.turn = turn;
        this.connectionFactory = connectionFactory;
        this.queue = queue;
        this.cut = cut;
        this.handler = handler;
        this.outage = new OutageLog(LOG, what);
    }

    /** Stops taking messages: a batch being handled is finished, a wait for the next one ends at once. */
    public void stop() {
        running = false;
        synchronized (waitLock) {
            if (waiting != null) {
                try {
                    waiting.close();
                } catch (JMSException | RuntimeException e) {
                    LOG.debug("Closing the consumer of {} to stop it: {}", queue, e.getMessage());
                }
            }
            waitLock.notifyAll(); // ends a back-off
        }
    }

    @Override
    public void run() {
        long backoff = FIRST_BACKOFF_MS;
        while (running) {
            if (!turn.getAsBoolean()) {
                backOff(TURN_CHECK_MS);
                continue;
            }
            try (Connection connection = connectionFactory.createConnection();
                 Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                 MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
                connection.start();
                while (running && turn.getAsBoolean()) {
                    List<Message> batch = take(consumer);
                    if (batch.isEmpty()) {
                        continue;
                    }
                    handle(session, batch);
                    backoff = FIRST_BACKOFF_MS;
                    outage.worked();
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                outage.failed(e.getMessage(), "messages wait on " + queue + " and are taken again");
                backOff(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private void handle(Session session, List<Message> batch) throws Exception {
        try {
            handler.handle(session, batch);
        } catch (Exception | Error e) {
            try {
                session.rollback();
            } catch (JMSException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private List<Message> take(MessageConsumer consumer) throws JMSException {
        Message first = awaitFirst(consumer);
        if (first == null) {
            if (running) {
                handler.idle();
            }
            return List.of();
        }
        List<Message> batch = new ArrayList<>();
        batch.add(first);
        int limit = Math.max(1, cut.limit().getAsInt());
        long deadline = System.nanoTime() + cut.waitMs() * 1_000_000;
        while (batch.size() < limit) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            Message next = leftMs > 0 ? consumer.receive(leftMs) : consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    private Message awaitFirst(MessageConsumer consumer) throws JMSException {
        synchronized (waitLock) {
            if (!running) {
                return null;
            }
            waiting = consumer;
        }
        try {
            return consumer.receive(cut.idleMs());
        } catch (JMSException e) {
            if (!running) {
                return null; // closed by stop()
            }
            throw e;
        } finally {
            synchronized (waitLock) {
                waiting = null;
            }
        }
    }

    private void backOff(long ms) {
        synchronized (waitLock) {
            try {
                if (running) {
                    waitLock.wait(ms);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
