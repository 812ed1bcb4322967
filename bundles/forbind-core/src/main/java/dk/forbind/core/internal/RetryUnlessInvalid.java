package dk.forbind.core.internal;

import dk.forbind.api.InvalidMessageException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.support.ExpressionAdapter;

/** Redeliver on any failure except an invalid message, which can never succeed and is parked at once. */
final class RetryUnlessInvalid extends ExpressionAdapter implements Predicate {

    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        return !isInvalidMessage(failure);
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
