package dk.forbind.digitalpost.delivery;

import dk.forbind.api.CvrNumber;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.LetterStatus;
import dk.forbind.digitalpost.letter.LetterTable;
import dk.forbind.digitalpost.sf1601.PostStatusReceipt;
import java.sql.SQLException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.util.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a Digital Post receipt ({@code PKO_PostStatus}) to its letter: {@code Afleveret} settles it as delivered,
 * {@code Fejlet} as failed with the receipt's error code and text, {@code Modtaget} is noted in its history. A
 * malformed receipt, or one for a letter this platform does not know, is parked — never dropped. The exchange then
 * carries a status notice (JSON) for the sending authority's reply address on the broker ({@link #NOTICE_ADDRESS}).
 */
public final class ReceiptIntake implements Processor {
    /** Header: where the sender's status notice goes ({@code forbind.agency.<cvr>.digitalpost.status}). */
    public static final String NOTICE_ADDRESS = "ForbindNoticeAddress";
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptIntake.class);

    private final LetterTable letters;

    public ReceiptIntake(LetterTable letters) {
        this.letters = letters;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        exchange.getIn().removeHeader(NOTICE_ADDRESS); // only this step names where a notice goes
        PostStatusReceipt receipt = PostStatusReceipt.parse(exchange.getIn().getBody(byte[].class));
        LetterRecord letter = letters.letter(receipt.messageUuid()).orElseThrow(() -> new InvalidMessageException(
                "a receipt (" + receipt.statusCode() + ") for letter " + receipt.messageUuid()
                        + ", which this platform does not know"));
        LetterStatus next = switch (receipt.statusCode()) {
            case PostStatusReceipt.DELIVERED -> LetterStatus.DELIVERED;
            case PostStatusReceipt.FAILED -> LetterStatus.FAILED;
            // received, not yet delivered: noted in the history, the letter stays where it is
            default -> letter.status();
        };
        String detail = receipt.errorCode() == null ? "receipt" : receipt.errorCode() + ": " + receipt.errorText();
        letters.advance(receipt.messageUuid(), next, receipt.statusCode(), detail, null, receipt.transactionId());
        if (next == LetterStatus.FAILED) {
            LOG.warn("Letter {} could not be delivered: {}", receipt.messageUuid(), detail);
        }
        // the sending authority's systems read what became of their letters on the broker too (an authority named
        // by MyndighedsID has no reply address: its id is free text, never part of an address)
        if (CvrNumber.problem(letter.senderId()).isEmpty()) {
            exchange.getIn().setHeader(NOTICE_ADDRESS, ForbindAddresses.agencyReplies(letter.senderId())
                    + "digitalpost.status");
            exchange.getIn().setBody(notice(letter, next, receipt, detail));
        }
    }

    private static String notice(LetterRecord letter, LetterStatus status, PostStatusReceipt receipt, String detail) {
        JsonObject notice = new JsonObject();
        notice.put("messageUUID", letter.uuid().toString());
        notice.put("status", status.name());
        notice.put("receipt", receipt.statusCode());
        notice.put("detail", detail);
        notice.put("transactionID", receipt.transactionId());
        notice.put("caseID", letter.caseId());
        return notice.toJson();
    }
}
