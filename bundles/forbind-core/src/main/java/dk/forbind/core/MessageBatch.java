package dk.forbind.core;

import org.apache.camel.Exchange;

/**
 * The batch a message consumed from {@link ForbindEndpoints#batches} belongs to. What a message writes is kept with
 * it and written with the rest of its batch, in one database transaction committed before the broker's, only if its
 * exchange succeeds; a message that is parked or fails adds nothing.
 */
public interface MessageBatch {
    /** Exchange property that holds it. */
    String PROPERTY = "ForbindMessageBatch";

    /** Adds an item for {@code write} to this message's part of the batch. */
    <T> void write(BatchWrite<T> write, T item);

    /** The batch of an exchange taken from a batches endpoint. */
    static MessageBatch of(Exchange exchange) {
        MessageBatch batch = exchange.getProperty(PROPERTY, MessageBatch.class);
        if (batch == null) {
            throw new IllegalStateException("exchange " + exchange.getExchangeId() + " was not taken from a "
                    + ForbindEndpoints.BATCHES + ": endpoint; consume with ForbindEndpoints.batches(address)");
        }
        return batch;
    }
}
