package dk.forbind.api;

import java.util.List;

/** Where operators list, inspect and replay dead letters. */
public interface DeadLetterOffice {

    /** Every dead-letter queue on the broker with its depth. */
    List<DeadLetterQueueInfo> queues();

    /** Up to {@code max} messages of a dead-letter queue, oldest first, without removing them. */
    List<DeadLetter> browse(String queue, int max);

    /**
     * Moves one message back to the address it failed on, optionally with a corrected body.
     *
     * @param replacementBody the corrected body, or {@code null} to replay the message as it is
     * @return the address the message was sent to
     * @throws IllegalArgumentException if the queue holds no message with that id
     */
    String replay(String queue, String messageId, String replacementBody);

    /** Moves every message of a dead-letter queue back to its address; returns how many. */
    int replayAll(String queue);
}
