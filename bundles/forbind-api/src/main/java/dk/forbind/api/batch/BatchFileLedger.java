package dk.forbind.api.batch;

import java.util.List;
import java.util.Optional;

/**
 * The durable record of batch files processed completely, by content, per connector. Whether a file
 * was already processed is decided here, not by a broker cache or by what happened before: a batch
 * connector asks before it publishes anything and records a file once it is done.
 */
public interface BatchFileLedger {

    /** The completion of this content by this connector, if it is still within the retention time. */
    Optional<CompletedBatchFile> completed(String connector, String digest);

    /** Records a completed file; recording the same content again keeps the first record. */
    void record(CompletedBatchFile file);

    /**
     * Whether the ledger can be asked now (its database answers). A batch connector does not take a file while
     * it cannot: the file waits in the inbox instead of being refused.
     */
    default boolean answers() {
        return true;
    }

    /** The most recently completed files, newest first; {@code connector} null for all connectors. */
    List<CompletedBatchFile> recent(String connector, int max);
}
