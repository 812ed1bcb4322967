package dk.forbind.core.internal;

import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Counts the messages a connector takes in from outside (files, queues, HTTP; not its internal
 * {@code direct:} hand-offs), those it finished, and those that failed or were dead-lettered.
 */
final class TrafficCounter extends RoutePolicySupport {
    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();
    private final LongAdder failed = new LongAdder();

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (isEdge(route)) {
            in.increment();
        }
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        if (!isEdge(route)) {
            return;
        }
        if (exchange.getProperty(MessageWaits.PROPERTY, false, Boolean.class)) {
            in.decrement(); // back on its queue: it will be taken in again
            return;
        }
        if (exchange.isFailed() || exchange.getProperty(DeadLetterStamp.PARKED, false, Boolean.class)) {
            failed.increment();
        } else {
            out.increment();
        }
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
}
