package dk.forbind.digitalpost.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.digitalpost.memo.xml.ActionCodeType;
import dk.forbind.fixtures.SampleLetter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoBuilderTest {
    private final MemoReader reader = new MemoReader(MemoLimits.defaults());
    private final UUID uuid = UUID.randomUUID();

    @Test
    void buildsALetterThatReadsBackAsWritten() {
        MemoLetter letter = MemoBuilder.letter(uuid).from("29190623", "Testkommunen")
                .to(DataSubject.cpr(SampleLetter.REGISTERED_CPR)).label("Afgørelse").caseId("SAG-7")
                .document("afgoerelse.pdf", "application/pdf", SampleLetter.pdf(500))
                .action(ActionCodeType.SELVBETJENING, "Klag", "https://borger.dk/klage")
                .document("bilag.txt", "text/plain", "Bilag".getBytes())
                .build(reader);

        MemoLetter read = reader.read(MemoWriter.write(letter));

        assertEquals(uuid, read.uuid());
        assertEquals(Optional.of("SAG-7"), read.caseId());
        assertEquals(2, read.documents().size());
        assertEquals("Klag", read.documents().get(0).getAction().get(0).getLabel());
        assertEquals("bilag.txt", read.files().get(1).getFilename());
    }

    @Test
    void aBuiltLetterIsCheckedLikeAReceivedOne() {
        MemoBuilder builder = MemoBuilder.letter(uuid).from("29190623", "Testkommunen")
                .to(DataSubject.cpr(SampleLetter.REGISTERED_CPR))
                .document("brev.pdf", "application/pdf", SampleLetter.pdf(500))
                .action(ActionCodeType.BETALING, "Betal", "http://betal.example");

        List<String> reasons = assertThrows(LetterRejected.class, () -> builder.build(reader)).reasons();

        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("memo:label") && !reasons.get(0).startsWith("line"), reasons.toString());
        assertEquals("MainDocument action 'Betal': entryPoint must be an https URL", reasons.get(1));
    }

    @Test
    void anActionBelongsToADocument() {
        assertThrows(IllegalStateException.class,
                () -> MemoBuilder.letter(uuid).action(ActionCodeType.AFTALE, "Mød op", null));
    }
}
