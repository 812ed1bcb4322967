package dk.forbind.core.internal;

import dk.forbind.core.BatchWrite;
import dk.forbind.core.MessageBatch;

/** One message's part of its batch, kept until its exchange has succeeded. */
final class MessageWrites implements MessageBatch {
    private final PendingWrites pending = new PendingWrites();

    @Override
    public <T> void write(BatchWrite<T> write, T item) {
        pending.add(write, item);
    }

    PendingWrites pending() {
        return pending;
    }
}
