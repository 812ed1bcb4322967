package dk.forbind.core.internal;

import org.apache.camel.RollbackExchangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ErrorHandler;

/**
 * What a connector's JMS consumers log when an exchange leaves its message on the queue: nothing above DEBUG for
 * a message held back while a dependency is down (its connector logs the outage once), one line without a stack
 * trace for anything else — the broker keeps the message either way.
 */
final class ListenerFailureLog implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerFailureLog.class);

    @Override
    public void handleError(Throwable failure) {
        if (isHeldBack(failure)) {
            LOG.debug("A message went back to its queue to wait: {}", failure.getMessage());
        } else {
            LOG.warn("A message failed and stays on its queue for redelivery: {}", failure.getMessage());
        }
    }

    private static boolean isHeldBack(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RollbackExchangeException) {
                return true;
            }
        }
        return false;
    }
}
