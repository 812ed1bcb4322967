package dk.forbind.digitalpost.delivery;

import dk.forbind.api.InvalidMessageException;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.LetterStatus;
import dk.forbind.digitalpost.letter.LetterTable;
import dk.forbind.digitalpost.sf1601.PostStatusReceipt;
import java.sql.SQLException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a Digital Post receipt ({@code PKO_PostStatus}) to its letter: {@code Afleveret} settles it as delivered,
 * {@code Fejlet} as failed with the receipt's error code and text, {@code Modtaget} is noted in its history. A
 * malformed receipt, or one for a letter this platform does not know, is parked — never dropped.
 */
public final class ReceiptIntake implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptIntake.class);

    private final LetterTable letters;

    public ReceiptIntake(LetterTable letters) {
        this.letters = letters;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        PostStatusReceipt receipt = PostStatusReceipt.parse(exchange.getIn().getBody(byte[].class));
        LetterStatus next = switch (receipt.statusCode()) {
            case PostStatusReceipt.DELIVERED -> LetterStatus.DELIVERED;
            case PostStatusReceipt.FAILED -> LetterStatus.FAILED;
            // received, not yet delivered: noted in the history, the letter stays where it is
            default -> letters.letter(receipt.messageUuid()).map(LetterRecord::status).orElse(LetterStatus.ACCEPTED);
        };
        String detail = receipt.errorCode() == null ? "receipt" : receipt.errorCode() + ": " + receipt.errorText();
        if (!letters.advance(receipt.messageUuid(), next, receipt.statusCode(), detail, null,
                receipt.transactionId())) {
            throw new InvalidMessageException("a receipt (" + receipt.statusCode() + ") for letter "
                    + receipt.messageUuid() + ", which this platform does not know");
        }
        if (next == LetterStatus.FAILED) {
            LOG.warn("Letter {} could not be delivered: {}", receipt.messageUuid(), detail);
        }
    }
}
