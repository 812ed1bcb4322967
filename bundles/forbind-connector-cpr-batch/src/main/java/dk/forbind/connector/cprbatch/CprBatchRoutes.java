package dk.forbind.connector.cprbatch;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.SubjectType;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.TransactedBatchSender;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Two routes: the inbox route checks and publishes whole files to the connector's queue; the record
 * route takes the records in batches and turns each into a person message for the target queue. A
 * record that does not parse is an invalid message, which the platform parks on
 * {@code DLQ.forbind.cpr-batch.in} at once (the rest of its batch goes on). An
 * operator can replay it, corrected, onto the same queue.
 */
final class CprBatchRoutes extends RouteBuilder {
    private final ConnectorDescriptor descriptor;
    private final Path inbox;
    private final String targetAddress;
    private final String sourceOrg;
    private final long pollDelayMs;
    private final Processor fileProcessor;
    private final InboxPolls inboxPolls;

    CprBatchRoutes(ConnectorDescriptor descriptor, Path inbox, String targetAddress, String sourceOrg,
                   long pollDelayMs, Processor fileProcessor, InboxPolls inboxPolls) {
        this.descriptor = descriptor;
        this.inbox = inbox;
        this.targetAddress = targetAddress;
        this.sourceOrg = sourceOrg;
        this.pollDelayMs = pollDelayMs;
        this.fileProcessor = fileProcessor;
        this.inboxPolls = inboxPolls;
    }

    @Override
    public void configure() {
        // a failed file is moved to failed/ by the file consumer; it is never put on a queue whole.
        // readLockMinLength=0: an empty file is picked up too, and refused with a report
        // the inbox is polled only on the node holding its role, while the batch-file ledger answers (InboxPolls)
        ScheduledPollEndpoint inboxEndpoint = getContext().getEndpoint("file:" + inbox.toAbsolutePath()
                + "?charset=ISO-8859-1&readLock=changed&readLockMinAge=1000&readLockMinLength=0"
                // one node reads the inbox (InboxPolls): no marker files, which a node killed mid-file would leave
                + "&readLockMarkerFile=false"
                + "&delay=" + pollDelayMs + "&exclude=.*\\.(tmp|part)$"
                + "&move=done/${file:name}&moveFailed=failed/${file:name}", ScheduledPollEndpoint.class);
        inboxEndpoint.setPollStrategy(inboxPolls);
        from(inboxEndpoint)
                .routeId(descriptor.id() + "-inbox")
                .routePolicy(inboxPolls)
                .errorHandler(noErrorHandler())
                .log("Picked up batch file ${file:name} (${file:size} bytes)")
                .process(fileProcessor);

        // records are taken in batches: a batch's person messages and data-access events go out in one transaction
        from(ForbindEndpoints.batches(descriptor.inboundAddress()))
                .routeId(descriptor.id() + "-records")
                .process(CprBatchRoutes::toPersonMessage)
                .setHeader(ForbindHeaders.SOURCE_ORG, constant(sourceOrg))
                // the record's duplicate-detection id guards the file's publication; the person message is sent
                // in the same transaction as the record is taken, and would only cost the broker a journal record
                .removeHeader(TransactedBatchSender.DUPLICATE_ID)
                .to(ForbindEndpoints.queue(targetAddress));
    }

    private static void toPersonMessage(Exchange exchange) {
        PersonRecord person = CprRecordParser.parse(exchange.getIn().getBody(String.class));
        exchange.getIn().setHeader(ForbindHeaders.SUBJECT_TYPE, SubjectType.CPR.name());
        exchange.getIn().setHeader(ForbindHeaders.SUBJECT_ID, person.cpr());
        exchange.getIn().setBody(person.toJson());
    }
}
