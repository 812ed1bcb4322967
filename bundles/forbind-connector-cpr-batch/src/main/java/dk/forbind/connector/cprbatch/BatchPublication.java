package dk.forbind.connector.cprbatch;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.core.TransactedBatchSender;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second pass: streams the person records of a checked file to the connector's queue, one
 * persistent message each, committed in batches. Each message carries the file name and line, a
 * correlation id and a duplicate-detection id derived from the file's digest and the line, so a
 * re-read after a crash delivers no record twice.
 */
final class BatchPublication {
    private static final Logger LOG = LoggerFactory.getLogger(BatchPublication.class);

    private final ConnectionFactory connectionFactory;
    private final String queue;
    private final int batchSize;

    BatchPublication(ConnectionFactory connectionFactory, String queue, int batchSize) {
        this.connectionFactory = connectionFactory;
        this.queue = queue;
        this.batchSize = batchSize;
    }

    /**
     * Publishes the records after the committed mark; returns how many were sent by this call.
     * Records in the uncertain range of a crashed run are sent outside the transaction, where the
     * broker drops the ones it already has (a duplicate inside a transaction would fail it whole).
     */
    long publish(Path file, BatchFileSummary summary, BatchProgress progress) throws IOException, JMSException {
        String name = file.getFileName().toString();
        BatchProgress.Mark mark = progress.read();
        if (mark.pending() > 0) {
            LOG.info("Resuming {} after line {} (lines up to {} are checked against the broker's duplicate detection)",
                    name, mark.committed(), mark.pending());
        }
        long sent = 0;
        long committed = mark.committed();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
             TransactedBatchSender sender = new TransactedBatchSender(connectionFactory, queue)) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber <= mark.committed() || !CprBatchLayout.isPersonRecord(lineNumber, line)) {
                    continue;
                }
                Map<String, String> headers = headers(name, summary.digest(), lineNumber);
                if (lineNumber <= mark.pending()) {
                    sender.sendOutsideTransaction(line, headers);
                } else {
                    sender.send(line, headers);
                }
                sent++;
                if (sender.pending() >= batchSize) {
                    committed = commit(sender, progress, committed, lineNumber);
                }
            }
            commit(sender, progress, committed, lineNumber);
        }
        return sent;
    }

    private static long commit(TransactedBatchSender sender, BatchProgress progress, long committed, long line)
            throws IOException, JMSException {
        progress.pending(committed, line);
        sender.commit();
        progress.committed(line);
        return line;
    }

    static Map<String, String> headers(String fileName, String digest, long lineNumber) {
        String recordKey = digest + ":" + lineNumber;
        return Map.of(
                ForbindHeaders.SOURCE_FILE, fileName,
                ForbindHeaders.SOURCE_LINE, Long.toString(lineNumber),
                ForbindHeaders.BULK, "true",
                ForbindHeaders.CORRELATION_ID,
                UUID.nameUUIDFromBytes(recordKey.getBytes(StandardCharsets.US_ASCII)).toString(),
                TransactedBatchSender.DUPLICATE_ID, "cpr-batch:" + recordKey);
    }
}
