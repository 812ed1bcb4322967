package dk.forbind.core.internal;

import dk.forbind.core.BatchWrite;
import dk.forbind.core.MessageBatch;

/** One message's part of its batch, kept until its exchange has succeeded, and the batch's session. */
final class MessageWrites implements MessageBatch {
    private final PendingWrites pending = new PendingWrites();
    private final BatchSession session;

    MessageWrites(BatchSession session) {
        this.session = session;
    }

    @Override
    public <T> void write(BatchWrite<T> write, T item) {
        pending.add(write, item);
    }

    PendingWrites pending() {
        return pending;
    }

    /** The batch's session, for the platform's own sends in the batch's transaction (data-access events). */
    BatchSession session() {
        return session;
    }
}
