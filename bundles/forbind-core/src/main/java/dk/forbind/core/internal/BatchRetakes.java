package dk.forbind.core.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Messages of one queue that must not be taken in a batch again: those of a batch that failed (each is taken alone
 * until it has been seen again, so the one that broke the batch is found), and those that failed alone (taken
 * alone again, as often as the platform redelivers, then parked with their reason when they come back). Kept in
 * memory only: after a restart a failing batch is simply found again. Bounded in number and in time, for messages
 * that another node took.
 */
final class BatchRetakes {
    private static final int MOST = 10_000;
    /** Longer than the broker's longest redelivery delay (etc/artemis.xml: 60 s). */
    private static final long KEPT_NANOS = 120_000_000_000L;

    /** How a message is taken again: alone, or parked with {@code failure}; how often it failed alone. */
    record Retake(boolean park, Throwable failure, int failures, long since) {
    }

    private final Map<String, Retake> byMessageId = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Retake> eldest) {
            return size() > MOST;
        }
    };

    synchronized void alone(Collection<String> messageIds) {
        long now = System.nanoTime();
        for (String id : messageIds) {
            Retake known = byMessageId.get(id);
            if (known == null || !known.park()) {
                byMessageId.put(id, new Retake(false, null, known == null ? 0 : known.failures(), now));
            }
        }
    }

    /**
     * A message taken alone failed: it is taken alone again, or — after {@code redeliveries} more failures, or at
     * once for an invalid message — parked with its reason when it comes back.
     */
    synchronized void failedAlone(String messageId, Throwable failure, int redeliveries) {
        Retake known = byMessageId.get(messageId);
        int failures = (known == null ? 0 : known.failures()) + 1;
        boolean park = failures > redeliveries || RetryUnlessInvalid.isInvalidMessage(failure);
        byMessageId.put(messageId, new Retake(park, failure, failures, System.nanoTime()));
    }

    synchronized Optional<Retake> of(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }

    /** The messages were committed: nothing more to do for them. */
    synchronized void settled(Collection<String> messageIds) {
        messageIds.forEach(byMessageId::remove);
    }

    /** Whether some message is still to be taken again alone (those not seen for two minutes are forgotten). */
    synchronized boolean any() {
        long now = System.nanoTime();
        byMessageId.values().removeIf(retake -> now - retake.since() > KEPT_NANOS);
        return !byMessageId.isEmpty();
    }
}
