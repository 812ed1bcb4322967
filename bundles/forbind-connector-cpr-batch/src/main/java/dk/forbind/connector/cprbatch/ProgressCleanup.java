package dk.forbind.connector.cprbatch;

import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets a file's progress once the file has been moved to {@code done/}, not before. */
final class ProgressCleanup extends SynchronizationAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressCleanup.class);
    private final BatchProgress progress;

    ProgressCleanup(BatchProgress progress) {
        this.progress = progress;
    }

    @Override
    public void onComplete(Exchange exchange) {
        try {
            progress.clear();
        } catch (IOException e) {
            LOG.warn("Could not remove progress mark: {}", e.getMessage());
        }
    }
}
