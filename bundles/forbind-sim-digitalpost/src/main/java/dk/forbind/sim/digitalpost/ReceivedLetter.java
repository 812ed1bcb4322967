package dk.forbind.sim.digitalpost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter the simulator received: delivered once, however many kombi requests carried it; the transactions that
 * did, and the receipt sent.
 */
final class ReceivedLetter {
    private final Kombi kombi;
    private final Instant firstAt = Instant.now();
    private final List<String> transactions = new ArrayList<>();
    private String receipt;

    ReceivedLetter(Kombi kombi) {
        this.kombi = kombi;
    }

    /** Notes a request; true for the first (the one that delivers). */
    synchronized boolean requested(String transactionId) {
        transactions.add(transactionId);
        return transactions.size() == 1;
    }

    synchronized int requests() {
        return transactions.size();
    }

    synchronized void receiptSent(String statusCode) {
        receipt = statusCode;
    }

    /** For tests: {@code {"messageUUID", "channel", "requests", "deliveries", "receipt", "printAddress"}}. */
    synchronized String toJson() {
        return "{\"messageUUID\":\"" + kombi.messageUuid() + "\",\"channel\":\"" + kombi.choice()
                + "\",\"requests\":" + transactions.size() + ",\"deliveries\":1,\"firstAt\":\"" + firstAt
                + "\",\"receipt\":" + (receipt == null ? "null" : "\"" + receipt + "\"")
                + ",\"printAddress\":" + (kombi.printAddress() == null ? "null"
                : "\"" + kombi.printAddress().replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + "}";
    }
}
