package dk.forbind.api;

/** A dead-letter queue and how many messages wait on it. */
public record DeadLetterQueueInfo(String name, long messageCount) {
}
