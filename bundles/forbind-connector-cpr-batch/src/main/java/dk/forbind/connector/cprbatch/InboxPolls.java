package dk.forbind.connector.cprbatch;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.core.OutageLog;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the inbox is polled: only on the node that holds the inbox's role ({@link NodeRoles#batchInbox}) — of several
 * nodes sharing the folder one reads it, and when that node dies another takes the role and resumes a half-published
 * file from its progress mark — and only while the batch-file ledger answers: a file dropped (or left half-published)
 * while the database is down waits in the inbox, instead of failing its duplicate check and being refused to
 * {@code failed/}. A ledger outage is logged as one ({@link OutageLog}): when it starts, every few minutes, when it
 * ends. The route's policy gives the role up when the route stops, so another node reads the inbox meanwhile.
 */
final class InboxPolls extends RoutePolicySupport implements PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(InboxPolls.class);

    private final BatchFileLedger ledger;
    private final NodeRoles roles;
    private final String role;
    private final OutageLog outage = new OutageLog(LOG, "Batch inbox");

    InboxPolls(BatchFileLedger ledger, NodeRoles roles, String connector) {
        this.ledger = ledger;
        this.roles = roles;
        this.role = NodeRoles.batchInbox(connector);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        if (!roles.holds(role)) {
            return false;
        }
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

    @Override
    public void onStop(Route route) {
        roles.release(role);
    }

    @Override
    public void onRemove(Route route) {
        roles.release(role);
    }
}
