package dk.forbind.digitalpost.sf1601;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.InvalidMessageException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostStatusReceiptTest {
    private final UUID letter = UUID.randomUUID();

    private static PostStatusReceipt parse(String xml) {
        return PostStatusReceipt.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReceiptReadsBackAsWritten() {
        PostStatusReceipt failed = new PostStatusReceipt(letter, "tx-1", PostStatusReceipt.FAILED, "PostkasseLukket",
                "the mailbox is <closed>");

        assertEquals(failed, parse(failed.toXml()));
    }

    @Test
    void aMalformedReceiptSaysWhatIsWrong() {
        String unknownStatus = new PostStatusReceipt(letter, null, "Tabt", null, null).toXml();

        assertTrue(assertThrows(InvalidMessageException.class, () -> parse(unknownStatus)).getMessage()
                .contains("TransaktionsStatusKode 'Tabt' is not Modtaget, Afleveret or Fejlet"));
        assertTrue(assertThrows(InvalidMessageException.class, () -> parse("<pko:PostStatus xmlns:pko=\""
                + PostStatusReceipt.NAMESPACE + "\"/>")).getMessage().contains("MessageUUID is missing"));
        assertTrue(assertThrows(InvalidMessageException.class, () -> parse("<Other/>")).getMessage()
                .contains("not a PostStatus receipt"));
        assertTrue(assertThrows(InvalidMessageException.class, () -> parse("not xml")).getMessage()
                .contains("not well-formed"));
    }
}
