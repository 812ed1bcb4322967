package dk.forbind.api.batch;

import java.time.Instant;
import java.util.Objects;

/**
 * A batch file a connector has processed completely: known by its content (SHA-256 of its bytes), so
 * the same bytes under another name or dropped again years later are recognised.
 */
public record CompletedBatchFile(String connector, String digest, String fileName, String batchId, long records,
                                 Instant completedAt) {
    public CompletedBatchFile {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(completedAt, "completedAt");
        if (digest == null || !digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("digest must be a SHA-256 in lower-case hex: " + digest);
        }
    }
}
