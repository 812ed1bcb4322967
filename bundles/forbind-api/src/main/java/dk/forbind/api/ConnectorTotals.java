package dk.forbind.api;

import java.time.Duration;

/**
 * What a connector did since the node started, over all its versions (a swap does not reset it): messages taken in,
 * finished, failed and returned to their queue (held back while something the connector needs was down; they are
 * taken in again), how long each took, and its swaps — what metrics are made of. Each only grows.
 *
 * @param processingSeconds how long each message took from being taken in to being finished
 * @param lastSwapPause     the pause of the newest swap that measured one, or null
 */
public record ConnectorTotals(String id, long messagesIn, long messagesOut, long messagesFailed,
                              long messagesReturned, Histogram processingSeconds, long swaps, long swapsRolledBack, Duration lastSwapPause,
                              Histogram swapPauseSeconds) {

    /**
     * Observations counted by upper bound: {@code cumulativeCounts[i]} observations were at most {@code bounds[i]};
     * {@code count} is all of them (the +Inf bucket) and {@code sum} their total.
     */
    public record Histogram(double[] bounds, long[] cumulativeCounts, long count, double sum) {
    }
}
