package dk.forbind.core.internal;

import javax.jms.ConnectionFactory;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** {@code forbind-batches:<queue>[?size=N]}: a queue of the shared broker, consumed in batches. */
final class BatchEndpoint extends DefaultEndpoint {
    private final String queue;
    private final ConnectionFactory connectionFactory;
    private final BatchComponent.Settings settings;
    private final int size;
    private final BatchRetakes retakes = new BatchRetakes();

    BatchEndpoint(String uri, BatchComponent component, String queue, int size) {
        super(uri, component);
        this.queue = queue;
        this.connectionFactory = component.connectionFactory();
        this.settings = component.settings();
        this.size = size;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException(getEndpointUri() + " is for consuming in batches; send with"
                + " ForbindEndpoints.queue(" + queue + ")");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        BatchConsumer consumer = new BatchConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    String queue() {
        return queue;
    }

    int size() {
        return size;
    }

    long waitMs() {
        return settings.waitMs();
    }

    int consumers() {
        return settings.consumers();
    }

    int redeliveries() {
        return settings.redeliveries();
    }

    int drainSeconds() {
        return settings.drainSeconds();
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    BatchRetakes retakes() {
        return retakes;
    }
}
