package dk.forbind.core.internal;

import dk.forbind.api.InvalidMessageException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.support.ExpressionAdapter;

/**
 * Redeliver a failed message up to the configured number of times, except an invalid message,
 * which can never succeed and is parked at once, and a message that failed because a dependency is down
 * ({@link Outage}), which goes back to its queue at once to wait. (Camel's retry-while predicate replaces the
 * maximum-redeliveries bound, so the bound is applied here.)
 */
final class RetryUnlessInvalid extends ExpressionAdapter implements Predicate {
    private final int maximumRedeliveries;

    RetryUnlessInvalid(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        // the counter is incremented before this is asked: 1 when deciding on the first redelivery
        int redelivery = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        // an outage is not retried here: the message waits on its queue while the dependency is down
        return !isInvalidMessage(failure) && Outage.of(failure).isEmpty() && redelivery <= maximumRedeliveries;
    }

    static boolean isInvalidMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidMessageException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object evaluate(Exchange exchange) {
        return matches(exchange);
    }
}
