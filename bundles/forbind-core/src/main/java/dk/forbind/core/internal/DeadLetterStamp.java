package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import java.time.Instant;
import javax.jms.Destination;
import javax.jms.JMSException;
import javax.jms.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.jms.JmsConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks a message that exhausted its redeliveries (or was invalid) with why, where it came from and
 * when, and addresses it to the dead-letter queue of that address.
 */
final class DeadLetterStamp implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterStamp.class);
    private static final int MAX_ERROR_LENGTH = 1000;
    /** Exchange property set on a parked message, so traffic counts it as failed. */
    static final String PARKED = "ForbindParked";

    private final ConnectorDescriptor connector;

    DeadLetterStamp(ConnectorDescriptor connector) {
        this.connector = connector;
    }

    @Override
    public void process(Exchange exchange) throws JMSException {
        Message in = exchange.getIn();
        String origin = originalAddress(in);
        String deadLetterQueue = ForbindAddresses.deadLetter(origin);
        String error = describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        in.setHeader(ForbindHeaders.ERROR, error);
        in.setHeader(ForbindHeaders.ORIGINAL_ADDRESS, origin);
        in.setHeader(ForbindHeaders.FAILED_AT, Instant.now().toString());
        in.setHeader(ForbindHeaders.CONNECTOR, connector.id());
        in.setHeader(JmsConstants.JMS_DESTINATION_NAME, deadLetterQueue);
        exchange.setProperty(PARKED, true);
        LOG.warn("Parking message on {} ({}): {}", deadLetterQueue, sourceOf(in), error);
    }

    private String originalAddress(Message in) throws JMSException {
        Destination consumedFrom = in.getHeader("JMSDestination", Destination.class);
        if (consumedFrom instanceof Queue) {
            return ((Queue) consumedFrom).getQueueName();
        }
        return connector.inboundAddress();
    }

    private static String sourceOf(Message in) {
        Object file = in.getHeader(ForbindHeaders.SOURCE_FILE);
        Object line = in.getHeader(ForbindHeaders.SOURCE_LINE);
        return file == null ? "no source file" : "file " + file + " line " + line;
    }

    static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        String text = failure instanceof InvalidMessageException
                ? failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "..." : text;
    }
}
