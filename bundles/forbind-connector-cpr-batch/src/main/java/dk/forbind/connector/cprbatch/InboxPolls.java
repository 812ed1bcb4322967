package dk.forbind.connector.cprbatch;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.core.OutageLog;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the inbox only while the batch-file ledger answers: a file dropped (or left half-published by a node that
 * died) while the database is down waits in the inbox, instead of failing its duplicate check and being refused to
 * {@code failed/}. Logged as an outage ({@link OutageLog}): when it starts, every few minutes, when it ends.
 */
final class InboxWhileLedgerAnswers implements PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWhileLedgerAnswers.class);

    private final BatchFileLedger ledger;
    private final OutageLog outage = new OutageLog(LOG, "Batch inbox");

    InboxWhileLedgerAnswers(BatchFileLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        boolean answers = ledger.answers();
        if (answers) {
            outage.worked();
        } else {
            outage.failed("the batch-file ledger's database does not answer", "files wait in the inbox");
        }
        return answers;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // nothing to do: each file completes on its own
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        return false; // the next scheduled poll tries again
    }
}
