package dk.forbind.connector.cprbatch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.jms.ConnectionFactory;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedExchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one batch file picked up from the inbox: checks its structure, then publishes its person
 * records. A structurally bad file is refused whole, with a {@code <name>.error} report beside it
 * in {@code failed/}; the file consumer then moves the file there too.
 */
final class CprBatchFileProcessor implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(CprBatchFileProcessor.class);

    private final Path inbox;
    private final BatchPublication publication;

    CprBatchFileProcessor(Path inbox, ConnectionFactory connectionFactory, String queue, int batchSize) {
        this.inbox = inbox;
        this.publication = new BatchPublication(connectionFactory, queue, batchSize);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String name = file.getFileName().toString();
        ownerOnly(file);
        BatchFileSummary summary;
        try {
            summary = BatchFileCheck.check(file);
        } catch (InvalidBatchFileException e) {
            LOG.error("Refusing batch file {}", e.getMessage());
            writeErrorReport(name, e.getMessage());
            throw e;
        }
        LOG.info("Batch file {} (batch {}, {} person records, sha256 {}) accepted", name, summary.batchId(),
                summary.personRecords(), summary.digest());
        BatchProgress progress = new BatchProgress(inbox, summary.digest());
        long started = System.nanoTime();
        long sent;
        try {
            sent = publication.publish(file, summary, progress);
        } catch (Exception e) {
            // e.g. the broker refuses records it already has: the same file was delivered before
            LOG.error("Batch file {} could not be published: {}", name, e.getMessage());
            writeErrorReport(name, name + ": publishing failed; records up to the progress mark in .progress/"
                    + summary.digest() + " reached the broker: " + e.getMessage());
            throw e;
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        LOG.info("Batch file {}: {} records published in {} ms ({} records/s)", name, sent, millis,
                sent * 1000 / millis);
        exchange.adapt(ExtendedExchange.class).addOnCompletion(new ProgressCleanup(progress));
    }

    /**
     * A batch file holds personal data: whatever mode the sender gave it, from now on (inbox, done/,
     * failed/) only the node's user may read it.
     */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not make batch file {} readable by this node's user only: {}", file, e.getMessage());
        }
    }

    private void writeErrorReport(String name, String problem) throws IOException {
        Path failed = inbox.resolve("failed");
        Files.createDirectories(failed);
        Files.writeString(failed.resolve(name + ".error"), problem + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
