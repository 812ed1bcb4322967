package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.MessageBatch;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.jms.JMSException;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedExchange;
import org.apache.camel.Route;
import org.apache.camel.spi.SynchronizationVetoable;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every completed exchange that carries a data subject as a data-access event on
 * {@code forbind.transparency.events}. It is part of every connector's context; a connector cannot
 * leave it out. The event is sent before the consumer commits, with the same transacted JMS
 * component (for a message taken in a batch, straight on the batch's session), so for a broker-fed
 * exchange the event and the consumed message commit together. If
 * the event cannot be recorded the exchange fails: a message is never processed unrecorded.
 */
final class TransparencyCapture extends RoutePolicySupport {
    private static final Logger LOG = LoggerFactory.getLogger(TransparencyCapture.class);
    /** Exchange property: the event of this exchange has been recorded (an exchange may span routes). */
    static final String CAPTURED = "ForbindTransparencyCaptured";
    private static final String CAPTURE_REGISTERED = "ForbindTransparencyCaptureRegistered";
    private static final String EVENTS = ForbindEndpoints.queue(ForbindAddresses.TRANSPARENCY_EVENTS);

    private final ConnectorDescriptor connector;
    private final DataAccessEventCapture capture;
    private final ContextProducer producer = new ContextProducer();

    TransparencyCapture(ConnectorDescriptor connector, Clock clock) {
        this.connector = connector;
        this.capture = new DataAccessEventCapture(connector, clock);
    }

    /**
     * Registers the capture with the exchange's unit of work, once per exchange, rather than waiting for
     * {@code onExchangeDone}: Camel skips route policies' {@code onExchangeDone} while the context is stopping, so
     * an exchange drained during a stop or swap would commit unrecorded. The unit of work always completes, and
     * the capture stays with the consumer that began the exchange (no handover to another thread).
     */
    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (exchange.getProperty(CAPTURE_REGISTERED) == null) {
            exchange.setProperty(CAPTURE_REGISTERED, Boolean.TRUE);
            exchange.adapt(ExtendedExchange.class).addOnCompletion(new Capture(route));
        }
    }

    private void record(Route route, Exchange exchange) {
        if (exchange.isFailed() || exchange.isRollbackOnly() || exchange.getProperty(DeadLetterStamp.PARKED) != null
                || exchange.getProperty(MessageWaits.PROPERTY) != null || exchange.getProperty(CAPTURED) != null) {
            return;
        }
        try {
            Optional<DataSubject> subject = DataAccessEventCapture.subjectOf(exchange.getMessage());
            if (subject.isEmpty()) {
                return;
            }
            DataAccessEvent event = capture.eventFor(subject.get(), exchange.getMessage());
            send(route, exchange, event);
            exchange.setProperty(CAPTURED, event.eventId());
        } catch (RuntimeException e) {
            LOG.error("Connector {}: data access could not be recorded, the exchange fails and its message stays"
                    + " on the broker: {}", connector.id(), e.getMessage());
            exchange.setException(new TransparencyCaptureException(connector.id(), e));
        }
    }

    /** The capture of one exchange, when its unit of work completes; it fails the exchange rather than throw. */
    private final class Capture extends SynchronizationAdapter implements SynchronizationVetoable {
        private final Route route;

        Capture(Route route) {
            this.route = route;
        }

        @Override
        public void onComplete(Exchange exchange) {
            record(route, exchange);
        }

        @Override
        public boolean allowHandover() {
            return false;
        }
    }

    private void send(Route route, Exchange exchange, DataAccessEvent event) {
        MessageWrites batch = exchange.getProperty(MessageBatch.PROPERTY, MessageWrites.class);
        if (batch != null) {
            // taken in a batch: straight onto the batch's session, without a Camel exchange of its own
            try {
                Map<String, String> properties = new HashMap<>();
                properties.put(ForbindHeaders.CORRELATION_ID, event.correlationId());
                properties.put(ForbindHeaders.CONNECTOR, connector.id());
                batch.session().send(ForbindAddresses.TRANSPARENCY_EVENTS, DataAccessEventJson.write(event),
                        properties);
                return;
            } catch (JMSException e) {
                throw new IllegalStateException("sending to " + ForbindAddresses.TRANSPARENCY_EVENTS + " failed: "
                        + e.getMessage(), e);
            }
        }
        Exchange sent = producer.of(route).send(EVENTS, out -> {
            out.getIn().setBody(DataAccessEventJson.write(event));
            out.getIn().setHeader(ForbindHeaders.CORRELATION_ID, event.correlationId());
            out.getIn().setHeader(ForbindHeaders.CONNECTOR, connector.id());
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("sending to " + ForbindAddresses.TRANSPARENCY_EVENTS + " failed: "
                    + sent.getException().getMessage(), sent.getException());
        }
    }

    @Override
    protected void doStop() throws Exception {
        producer.stop();
        super.doStop();
    }

    /** Why an exchange failed after its routes finished: its data access could not be recorded. */
    static final class TransparencyCaptureException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TransparencyCaptureException(String connectorId, Throwable cause) {
            super("connector " + connectorId + ": data access not recorded: " + cause.getMessage(), cause);
        }
    }
}
