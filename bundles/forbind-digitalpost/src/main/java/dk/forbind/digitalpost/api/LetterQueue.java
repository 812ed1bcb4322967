package dk.forbind.digitalpost.api;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.core.PersistentQueue;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;

/**
 * Puts messages for the Digital Post connector on the broker, persistently: a registered letter's UUID on the
 * connector's queue (the broker drops a second one for the same letter while it remembers the first), or a receipt
 * on the receipts address.
 */
final class LetterQueue {
    private final PersistentQueue queue;

    LetterQueue(Supplier<ConnectionFactory> broker) {
        this.queue = new PersistentQueue(broker);
    }

    void deliver(String address, UUID letter, String correlationId) throws JMSException {
        queue.send(address, letter.toString(), Map.of(PersistentQueue.DUPLICATE_ID, "letter-" + letter,
                ForbindHeaders.CORRELATION_ID, correlationId));
    }

    void receipt(String address, String receipt, String correlationId) throws JMSException {
        queue.send(address, receipt, Map.of(ForbindHeaders.CORRELATION_ID, correlationId));
    }
}
