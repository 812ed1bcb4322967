package dk.forbind.core.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Counts the messages a connector takes in from outside (files, queues, HTTP; not its internal
 * {@code direct:} hand-offs), those it finished, and those that failed or were dead-lettered; and when it took
 * its first and its last message (what a swap's pause is measured between).
 */
final class TrafficCounter extends RoutePolicySupport {
    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong firstTaken = new AtomicLong(NONE);
    private volatile long lastTaken = NONE;

    /** No message taken yet. */
    static final long NONE = Long.MIN_VALUE;
    private static final String TAKEN_AT = "ForbindTakenAt";

    private final TrafficTotals totals;

    TrafficCounter(TrafficTotals totals) {
        this.totals = totals;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (isEdge(route)) {
            in.increment();
            totals.taken();
            long now = System.nanoTime();
            exchange.setProperty(TAKEN_AT, now);
            lastTaken = now;
            firstTaken.compareAndSet(NONE, now);
        }
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        if (!isEdge(route)) {
            return;
        }
        if (exchange.getProperty(MessageWaits.PROPERTY, false, Boolean.class)) {
            in.decrement(); // back on its queue: it will be taken in again
            totals.returned();
            return;
        }
        boolean failure = exchange.isFailed() || exchange.getProperty(DeadLetterStamp.PARKED, false, Boolean.class);
        (failure ? failed : out).increment();
        Long takenAt = exchange.getProperty(TAKEN_AT, Long.class);
        totals.finished(takenAt == null ? 0 : System.nanoTime() - takenAt, failure);
    }

    /** Whether the route takes messages in from outside (its consumers are what a waiting connector suspends). */
    static boolean isEdge(Route route) {
        String uri = route.getEndpoint().getEndpointUri();
        return !(uri.startsWith("direct:") || uri.startsWith("seda:") || uri.startsWith("vm:"));
    }

    long in() {
        return in.sum();
    }

    long out() {
        return out.sum();
    }

    long failed() {
        return failed.sum();
    }

    /** {@link System#nanoTime()} when the first message was taken in, or {@link #NONE}. */
    long firstTaken() {
        return firstTaken.get();
    }

    /** {@link System#nanoTime()} when the last message was taken in, or {@link #NONE}. */
    long lastTaken() {
        return lastTaken;
    }
}
