package dk.forbind.core.internal;

import dk.forbind.core.ForbindEndpoints;
import java.util.Map;
import javax.jms.ConnectionFactory;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/** The {@code forbind-batches} component of every connector context, on the node's broker. */
final class BatchComponent extends DefaultComponent {
    /**
     * Batch size and wait ({@code etc/dk.forbind.core.cfg}), receivers per queue, how often a message that failed
     * alone is taken again before it is parked, and the drain time of a stop.
     */
    record Settings(int size, long waitMs, int consumers, int redeliveries, int drainSeconds) {
    }

    private final ConnectionFactory connectionFactory;
    private final Settings settings;

    BatchComponent(ConnectionFactory connectionFactory, Settings settings) {
        this.connectionFactory = connectionFactory;
        this.settings = settings;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException(uri + ": name the queue, e.g. " + ForbindEndpoints.batches(
                    "forbind.person-register.in"));
        }
        int size = getAndRemoveParameter(parameters, "size", Integer.class, settings.size());
        if (size < 1) {
            throw new IllegalArgumentException(uri + ": size must be at least 1");
        }
        return new BatchEndpoint(uri, this, remaining, size);
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    Settings settings() {
        return settings;
    }
}
