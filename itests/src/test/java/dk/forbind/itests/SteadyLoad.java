package dk.forbind.itests;

import dk.forbind.fixtures.SteadyProducer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.MessageConsumer;
import javax.jms.Session;

/**
 * A producer that sends uniquely numbered persistent messages to a connector's queue at a steady rate, and a
 * consumer of what the connector passes on that records which version handled each number (header
 * {@code HandledBy}) — to prove that a swap under load loses and doubles nothing.
 */
final class SteadyLoad implements AutoCloseable {
    private final ConnectionFactory connectionFactory;
    private final String in;
    private final int messages;
    private final int perSecond;
    private final Map<Integer, List<String>> handled = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final Connection receiving;
    private SteadyProducer producer;

    SteadyLoad(ConnectionFactory connectionFactory, String in, String out, int messages, int perSecond)
            throws JMSException {
        this.connectionFactory = connectionFactory;
        this.in = in;
        this.messages = messages;
        this.perSecond = perSecond;
        receiving = connectionFactory.createConnection();
        Session session = receiving.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(out));
        consumer.setMessageListener(message -> {
            try {
                handled.computeIfAbsent(message.getIntProperty("seq"), n -> new ArrayList<>())
                        .add(message.getStringProperty("HandledBy"));
            } catch (JMSException e) {
                failures.add(e);
            }
        });
        receiving.start();
    }

    /** Starts sending, {@code perSecond} messages a second. */
    SteadyLoad start() {
        producer = new SteadyProducer(connectionFactory, in, perSecond, messages).start();
        return this;
    }

    int sent() {
        return producer.sent();
    }

    /** Waits until {@code count} messages have come out (the connector is that far along). */
    void awaitHandled(int count) throws Exception {
        ForbindTestSupport.await(count + " messages handled", () -> handled.size() >= count
                || producer.failure() != null || !failures.isEmpty());
        assertNoFailures();
    }

    /** Waits until every message was sent and has come out at least once, then a moment more for doubles. */
    void awaitAllHandled(Duration settle) throws Exception {
        ForbindTestSupport.await("all " + messages + " messages handled",
                () -> (sent() == messages && handled.size() == messages) || producer.failure() != null
                        || !failures.isEmpty());
        Thread.sleep(settle.toMillis());
        assertNoFailures();
    }

    /** The numbers handled more than once, with the versions that handled them. */
    Map<Integer, List<String>> doubles() {
        Map<Integer, List<String>> doubles = new TreeMap<>();
        handled.forEach((seq, versions) -> {
            if (versions.size() > 1) {
                doubles.put(seq, versions);
            }
        });
        return doubles;
    }

    /** How many messages each version handled. */
    Map<String, Integer> byVersion() {
        Map<String, Integer> counts = new TreeMap<>();
        handled.values().forEach(versions -> versions.forEach(v -> counts.merge(v, 1, Integer::sum)));
        return counts;
    }

    int handledCount() {
        return handled.size();
    }

    private void assertNoFailures() {
        if (producer.failure() != null) {
            failures.add(producer.failure());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("the load failed: " + failures.peek(), failures.peek());
        }
    }

    @Override
    public void close() throws Exception {
        if (producer != null) {
            producer.stop();
        }
        receiving.close();
    }
}
