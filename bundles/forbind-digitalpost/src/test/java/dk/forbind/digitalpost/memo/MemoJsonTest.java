package dk.forbind.digitalpost.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.forbind.api.DataSubject;
import dk.forbind.fixtures.SampleLetter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoJsonTest {
    private final MemoJson json = new MemoJson(MemoLimits.defaults());
    private final UUID uuid = UUID.randomUUID();

    private String letter(String recipient, String idType, String content) {
        return """
                {"messageUUID": "%s", "label": "Afgørelse", "caseId": "SAG-2", "createdDateTime": "2026-11-30T12:00:00Z",
                 "sender": {"id": "29190623", "idType": "CVR", "label": "Testkommunen"},
                 "recipient": {"id": "%s", "idType": "%s"},
                 "documents": [{"files": [{"filename": "a.pdf", "encodingFormat": "application/pdf",
                                           "content": "%s"}]}]}
                """.formatted(uuid, recipient, idType, content);
    }

    private MemoLetter read(String text) {
        return json.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheJsonForm() {
        String pdf = Base64.getEncoder().encodeToString(SampleLetter.pdf(300));

        MemoLetter letter = read(letter(SampleLetter.REGISTERED_CPR, "CPR", pdf));

        assertEquals(uuid, letter.uuid());
        assertEquals(DataSubject.cpr(SampleLetter.REGISTERED_CPR), letter.recipient());
        assertEquals(Optional.of("SAG-2"), letter.caseId());
        assertEquals(300, letter.contentBytes());
        assertEquals("da", letter.files().get(0).getLanguage());
    }

    @Test
    void listsEveryProblemOfTheJsonForm() {
        List<String> reasons = assertThrows(LetterRejected.class,
                () -> read(letter(SampleLetter.REGISTERED_CPR, "PASSPORT", "***"))).reasons();

        assertEquals(List.of("recipient.idType 'PASSPORT' is not one of the allowed id types",
                "documents[0].files[0].content is not base64: Illegal base64 character 2a"), reasons);
    }

    @Test
    void thenTheLetterRulesApplyAsForXml() {
        String text = Base64.getEncoder().encodeToString("hej".getBytes(StandardCharsets.UTF_8));

        List<String> reasons = assertThrows(LetterRejected.class, () -> read(letter("1234", "CPR", text))).reasons();

        assertEquals(List.of("Recipient recipientID: CPR number must be 10 digits",
                "MainDocument file 'a.pdf': declared application/pdf but its content is not application/pdf"), reasons);
    }

    @Test
    void notJsonIsSaidPlainly() {
        assertEquals("letter rejected: a JSON letter is an object",
                assertThrows(LetterRejected.class, () -> read("[1, 2]")).getMessage());
        assertThrows(LetterRejected.class, () -> read("{\"unterminated"));
    }
}
