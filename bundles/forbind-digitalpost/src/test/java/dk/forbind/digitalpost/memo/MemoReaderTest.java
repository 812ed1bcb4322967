package dk.forbind.digitalpost.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.fixtures.SampleLetter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoReaderTest {
    private final MemoReader reader = new MemoReader(MemoLimits.defaults());
    private final SampleLetter letter = SampleLetter.toRegisteredCitizen();

    @Test
    void readsALetterAsAnAgencyWritesIt() {
        MemoLetter read = reader.read(letter.bytes());

        assertEquals(letter.uuid(), read.uuid());
        assertEquals(DataSubject.cpr(SampleLetter.REGISTERED_CPR), read.recipient());
        assertEquals("29190623", read.senderId());
        assertTrue(read.senderIsCvr());
        assertEquals(Optional.of("SAG-1"), read.caseId());
        assertEquals("Afgørelse om boligstøtte", read.label());
        assertEquals(2_000, read.contentBytes());
    }

    @Test
    void aWrittenLetterReadsBackTheSame() {
        MemoLetter read = reader.read(MemoWriter.write(reader.read(letter.bytes())));

        assertEquals(letter.uuid(), read.uuid());
        assertEquals(1, read.files().size());
        assertEquals(2_000, read.files().get(0).getContent().length);
    }

    @Test
    void everyReasonIsListedNotOnlyTheFirst() {
        SampleLetter bad = letter.withRecipient("CPR", "3213901234").withSender("29190624")
                .withOnlyFile("brev.pdf", "application/zip", new byte[] {1, 2, 3});

        List<String> reasons = assertThrows(LetterRejected.class, () -> reader.read(bad.bytes())).reasons();

        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.contains("Sender senderID: CVR number 29190624 fails the modulus-11 check"), reasons.toString());
        assertTrue(reasons.contains("Recipient recipientID: CPR date part 321390 is not a date"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("MainDocument file 'brev.pdf': type application/zip is not allowed"),
                reasons.toString());
    }

    @Test
    void schemaFindingsComeWithTheirLineAndTheRulesStillRun() {
        String xml = letter.withRecipient("CPR", "3213901234").xml()
                .replace("<memo:messageType>DIGITALPOST", "<memo:messageType>TELEGRAM")
                .replace(letter.uuid().toString(), "not-a-uuid");

        List<String> reasons = assertThrows(LetterRejected.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8))).reasons();

        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("line 4: ") && r.contains("TELEGRAM")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("line 5: ") && r.contains("not-a-uuid")), reasons.toString());
        assertTrue(reasons.contains("messageUUID 'not-a-uuid' is not a UUID"), reasons.toString());
        assertTrue(reasons.contains("Recipient recipientID: CPR date part 321390 is not a date"), reasons.toString());
    }

    @Test
    void aMissingRequiredElementIsNamed() {
        String xml = letter.xml().replaceAll("<memo:label>[^<]*</memo:label>\n", "");

        List<String> reasons = assertThrows(LetterRejected.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8))).reasons();

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("memo:label"), reasons.toString());
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsFollowed() {
        String xml = letter.xml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n")
                .replace("Afgørelse om boligstøtte", "&x;");

        List<String> reasons = assertThrows(LetterRejected.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8))).reasons();

        assertTrue(reasons.get(0).contains("DOCTYPE"), reasons.toString());
        assertTrue(reasons.stream().noneMatch(r -> r.contains("root:")), reasons.toString());
    }

    @Test
    void notXmlAtAllIsSaidPlainly() {
        List<String> reasons = assertThrows(LetterRejected.class,
                () -> reader.read("{\"json\": true}".getBytes(StandardCharsets.UTF_8))).reasons();

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("line 1: "), reasons.toString());
    }

    @Test
    void aDocumentOverTheLimitIsNotReadToItsEnd() {
        MemoLimits small = new MemoLimits(1024, 1024, MemoLimits.defaults().fileTypes());
        byte[] big = letter.withOnlyFile("stor.pdf", "application/pdf", SampleLetter.pdf(3 * 1024 * 1024)).bytes();
        CountingStream in = new CountingStream(big);

        LetterRejected rejected = assertThrows(LetterRejected.class, () -> new MemoReader(small).read(in));

        assertTrue(rejected.getMessage().contains("longer than " + small.maxDocumentBytes()), rejected.getMessage());
        assertTrue(in.read < 2 * small.maxDocumentBytes(), "read " + in.read + " bytes");
    }

    @Test
    void fileAndLetterSizesAreLimited() {
        MemoLimits limits = new MemoLimits(5_000, 3_000, MemoLimits.defaults().fileTypes());
        SampleLetter large = letter.withOnlyFile("a.pdf", "application/pdf", SampleLetter.pdf(3_001))
                .withFile("b.pdf", "application/pdf", SampleLetter.pdf(2_500));

        List<String> reasons = assertThrows(LetterRejected.class,
                () -> new MemoReader(limits).read(large.bytes())).reasons();

        assertEquals(List.of("MainDocument file 'a.pdf' is 3001 bytes; at most 3000 are allowed",
                "the letter's files are 5501 bytes; at most 5000 are allowed"), reasons);
    }

    @Test
    void aFileMustBeWhatItClaims() {
        SampleLetter fake = letter.withOnlyFile("brev.pdf", "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));

        List<String> reasons = assertThrows(LetterRejected.class, () -> reader.read(fake.bytes())).reasons();

        assertEquals(List.of("MainDocument file 'brev.pdf': declared application/pdf but its content is not"
                + " application/pdf"), reasons);
    }

    @Test
    void aFilenameCannotReachOutOfItsFolder() {
        SampleLetter sneaky = letter.withOnlyFile("../../etc/brev.pdf", "application/pdf", SampleLetter.pdf(100));

        List<String> reasons = assertThrows(LetterRejected.class, () -> reader.read(sneaky.bytes())).reasons();

        assertEquals(List.of("MainDocument file '../../etc/brev.pdf': a filename cannot contain path separators"
                + " or control characters"), reasons);
    }

    @Test
    void aBusinessIsNamedByAValidCvrNumber() {
        MemoLetter business = reader.read(letter.withRecipient("CVR", "34051178").bytes());
        assertEquals(DataSubject.cvr("34051178"), business.recipient());

        List<String> reasons = assertThrows(LetterRejected.class,
                () -> reader.read(letter.withRecipient("CVR", "0101901234").bytes())).reasons();
        assertEquals(List.of("Recipient recipientID: CVR number must be 8 digits"), reasons);
    }

    @Test
    void theSampleLetterTheDistributionShipsIsValid() throws Exception {
        Path sample = Path.of("../../assembly/src/main/resources/assembly/samples/digitalpost/letter.xml");

        MemoLetter read = reader.read(Files.readAllBytes(sample));

        assertEquals(DataSubject.cpr(SampleLetter.REGISTERED_CPR), read.recipient());
        assertEquals(Optional.of("SAG-2026-0001"), read.caseId());
    }

    @Test
    void aUuidIsTheLettersOwn() {
        UUID uuid = UUID.randomUUID();
        assertEquals(uuid, reader.read(letter.withUuid(uuid).bytes()).uuid());
    }

    /** Counts what the reader takes from it. */
    private static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }
}
