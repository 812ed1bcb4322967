package dk.forbind.core.internal;

import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.MessageBatch;
import dk.forbind.core.QueueBatches;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.jms.Message;
import javax.jms.Session;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Suspendable;
import org.apache.camel.component.jms.JmsBinding;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes a queue in batches with a few long-lived receivers ({@link QueueBatches}), each on its own thread,
 * session and broker consumer. Suspending or stopping it lets each receiver finish the batch in hand; the messages
 * a receiver had taken but not begun go back to the queue with its consumer.
 */
final class BatchConsumer extends DefaultConsumer implements Suspendable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchConsumer.class);

    private final BatchEndpoint endpoint;
    private JmsBinding binding;
    private final List<QueueBatches> receivers = new ArrayList<>();
    private ExecutorService threads;
    private ProducerTemplate deadLetters;

    BatchConsumer(BatchEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    String queue() {
        return endpoint.queue();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // headers mapped as the context's JMS component maps them for its other consumers
        binding = new JmsBinding(getEndpoint().getCamelContext().getEndpoint(ForbindEndpoints.queue(queue()),
                JmsEndpoint.class));
        deadLetters = getEndpoint().getCamelContext().createProducerTemplate();
        startReceivers();
    }

    @Override
    protected void doStop() throws Exception {
        stopReceivers();
        if (deadLetters != null) {
            deadLetters.stop();
            deadLetters = null;
        }
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        stopReceivers();
    }

    @Override
    protected void doResume() throws Exception {
        startReceivers();
    }

    private synchronized void startReceivers() {
        int count = endpoint.consumers();
        threads = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "batches " + endpoint.queue(), count);
        BatchRun run = new BatchRun(this, endpoint.connectionFactory(), endpoint.retakes(), endpoint.redeliveries());
        QueueBatches.Cut cut = new QueueBatches.Cut(
                () -> endpoint.retakes().any() ? 1 : endpoint.size(), endpoint.waitMs(), 1000);
        for (int i = 0; i < count; i++) {
            QueueBatches receiver = new QueueBatches(endpoint.connectionFactory(), endpoint.queue(), cut, run,
                    "Consuming " + endpoint.queue());
            receivers.add(receiver);
            threads.execute(receiver);
        }
        LOG.debug("Consuming {} in batches of up to {} with {} receivers", endpoint.queue(), endpoint.size(), count);
    }

    private synchronized void stopReceivers() throws InterruptedException {
        receivers.forEach(QueueBatches::stop);
        receivers.clear();
        if (threads != null) {
            threads.shutdown();
            if (!threads.awaitTermination(endpoint.drainSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Consumers of {} did not finish their batches within {} s; they are interrupted and their"
                        + " messages go back to the queue", endpoint.queue(), endpoint.drainSeconds());
                threads.shutdownNow();
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(threads);
            threads = null;
        }
    }

    /** A new exchange for a message taken on {@code session}, as part of {@code batch}. */
    Exchange exchangeFor(Message message, Session session, MessageBatch batch) {
        Exchange exchange = createExchange(false);
        exchange.setIn(new JmsMessage(exchange, message, session, binding));
        exchange.setProperty(Exchange.BINDING, binding);
        exchange.setProperty(MessageBatch.PROPERTY, batch);
        return exchange;
    }

    /** Runs the exchange through the route, on this thread. */
    BatchRun.Ending process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        return endingOf(exchange);
    }

    /** Sends the exchange to the dead-letter step with the failure it had before: parked, or held back. */
    BatchRun.Ending park(Exchange exchange, Throwable failure) {
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, failure);
        deadLetters.send(DeadLetterRoute.URI, exchange);
        return endingOf(exchange);
    }

    void release(Exchange exchange) {
        releaseExchange(exchange, false);
    }

    private static BatchRun.Ending endingOf(Exchange exchange) {
        if (exchange.getProperty(MessageWaits.PROPERTY) != null) {
            return BatchRun.Ending.HELD_BACK;
        }
        if (exchange.isFailed() || exchange.isRollbackOnly()) {
            return BatchRun.Ending.FAILED;
        }
        return exchange.getProperty(DeadLetterStamp.PARKED) != null ? BatchRun.Ending.PARKED : BatchRun.Ending.DONE;
    }
}
