package dk.forbind.connector.cprbatch;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.batch.CompletedBatchFile;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a published file has been moved to {@code done/}: records it in the batch-file ledger, then
 * forgets its progress mark. If the ledger cannot be written (database down), the mark stays: the
 * same content dropped again resumes after its last line, sends nothing and is recorded then.
 */
final class FileCompletion extends SynchronizationAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(FileCompletion.class);
    private final BatchFileLedger ledger;
    private final BatchProgress progress;
    private final CompletedBatchFile file;

    FileCompletion(BatchFileLedger ledger, BatchProgress progress, CompletedBatchFile file) {
        this.ledger = ledger;
        this.progress = progress;
        this.file = file;
    }

    @Override
    public void onComplete(Exchange exchange) {
        try {
            ledger.record(file);
        } catch (RuntimeException e) {
            LOG.error("Batch file {} was published completely but could not be recorded as completed; its progress"
                    + " mark .progress/{} is kept, so a second copy sends nothing: {}", file.fileName(), file.digest(),
                    e.getMessage());
            return;
        }
        try {
            progress.clear();
        } catch (IOException e) {
            LOG.warn("Could not remove progress mark: {}", e.getMessage());
        }
    }
}
