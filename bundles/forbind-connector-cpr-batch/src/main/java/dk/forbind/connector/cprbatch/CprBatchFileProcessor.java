package dk.forbind.connector.cprbatch;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.batch.CompletedBatchFile;
import dk.forbind.core.OutageLog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedExchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one batch file picked up from the inbox: checks its structure, then publishes its person
 * records. A structurally bad file is refused whole, with a {@code <name>.error} report beside it
 * in {@code failed/}; the file consumer then moves the file there too. A broker that goes away while the file is
 * published (a fail-over to its backup, a restart) is waited out: the publication resumes from its progress mark,
 * with growing pauses, for up to {@link #BROKER_WAIT}.
 */
final class CprBatchFileProcessor implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(CprBatchFileProcessor.class);
    static final Duration BROKER_WAIT = Duration.ofMinutes(10);
    private static final long LONGEST_PAUSE_MS = 10_000;

    private final String connector;
    private final Path inbox;
    private final BatchPublication publication;
    private final BatchFileLedger ledger;
    private final OutageLog brokerOutage = new OutageLog(LOG, "Batch file publication");

    CprBatchFileProcessor(String connector, Path inbox, ConnectionFactory connectionFactory, String queue,
                          int batchSize, BatchFileLedger ledger) {
        this.connector = connector;
        this.inbox = inbox;
        this.publication = new BatchPublication(connectionFactory, queue, batchSize);
        this.ledger = ledger;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String name = file.getFileName().toString();
        ownerOnly(file);
        BatchFileSummary summary;
        try {
            summary = BatchFileCheck.check(file);
            refuseIfCompleted(name, summary);
        } catch (InvalidBatchFileException e) {
            LOG.error("Refusing batch file {}", UntrustedText.forLog(e.getMessage()));
            writeErrorReport(name, e.getMessage());
            throw e;
        }
        LOG.info("Batch file {} (batch {}, {} person records, sha256 {}) accepted", name, summary.batchId(),
                summary.personRecords(), summary.digest());
        BatchProgress progress = new BatchProgress(inbox, summary.digest());
        long started = System.nanoTime();
        long sent;
        try {
            sent = publishWaitingOutTheBroker(exchange, file, summary, progress);
        } catch (Exception e) {
            LOG.error("Batch file {} could not be published: {}", name, e.getMessage());
            writeErrorReport(name, name + ": publishing failed; records up to the progress mark in .progress/"
                    + summary.digest() + " reached the broker: " + e.getMessage());
            throw e;
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        LOG.info("Batch file {}: {} records published in {} ms ({} records/s)", name, sent, millis,
                sent * 1000 / millis);
        exchange.adapt(ExtendedExchange.class).addOnCompletion(new FileCompletion(ledger, progress,
                new CompletedBatchFile(connector, summary.digest(), name, summary.batchId(), summary.personRecords(),
                        Instant.now())));
    }

    private long publishWaitingOutTheBroker(Exchange exchange, Path file, BatchFileSummary summary,
                                            BatchProgress progress) throws IOException, JMSException,
            InterruptedException {
        long giveUp = System.nanoTime() + BROKER_WAIT.toNanos();
        long pause = 250;
        long sent = 0;
        while (true) {
            try {
                sent += publication.publish(file, summary, progress);
                brokerOutage.worked();
                return sent;
            } catch (JMSException e) {
                if (System.nanoTime() > giveUp || exchange.getContext().isStopping()) {
                    throw e;
                }
                brokerOutage.failed(e.getMessage(), file.getFileName() + " resumes from its progress mark");
                Thread.sleep(pause);
                pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
            }
        }
    }

    /** The same content, under whatever name, is delivered once: a second copy is refused before anything is sent. */
    private void refuseIfCompleted(String name, BatchFileSummary summary) throws InvalidBatchFileException {
        Optional<CompletedBatchFile> earlier = ledger.completed(connector, summary.digest());
        if (earlier.isPresent()) {
            CompletedBatchFile first = earlier.get();
            throw new InvalidBatchFileException(name, 0, "this file was already processed on "
                    + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(first.completedAt().atZone(ZoneId.systemDefault())
                    .withNano(0)) + " as " + first.fileName() + " (batch " + first.batchId() + ", "
                    + first.records() + " person records, sha256 " + first.digest() + "); nothing was sent again");
        }
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
