package dk.forbind.api.transparency;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the registry's intake has come: the sequence number of the newest record of the chain, when events were
 * last appended, and how long the oldest event of that batch had waited since it was captured (null before the
 * first append since the node started).
 */
public record IntakeProgress(long chainLength, Instant lastAppendedAt, Duration lastLag) {
}
