package dk.forbind.sim.digitalpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import dk.forbind.digitalpost.memo.MemoWriter;
import dk.forbind.digitalpost.sf1601.KombiRequest;
import dk.forbind.digitalpost.sf1601.PrintRecipient;
import dk.forbind.fixtures.SampleLetter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's kombi requests, as the simulator checks them against the kombi, MeMo and Fjernprint schemas. */
class KombiCheckTest {
    private final KombiCheck check = new KombiCheck();
    private final SampleLetter sample = SampleLetter.toRegisteredCitizen();
    private final byte[] memo = MemoWriter.write(new MemoReader(MemoLimits.defaults()).read(sample.bytes()));
    private final PrintRecipient address = new PrintRecipient(DataSubject.cpr(SampleLetter.REGISTERED_CPR),
            "Søren Ærø", "Åboulevard 3", "2200", "København N");

    private static byte[] joined(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void aDigitalRequestPasses() throws KombiRefused {
        Kombi kombi = check.check(joined(KombiRequest.digital(memo)));

        assertEquals("Digital Post", kombi.choice());
        assertEquals(sample.uuid(), kombi.messageUuid());
        assertEquals(SampleLetter.REGISTERED_CPR, kombi.recipientId());
    }

    @Test
    void aPaperRequestPassesWithItsShipment() throws KombiRefused {
        Kombi kombi = check.check(joined(KombiRequest.paper(memo, sample.uuid(), sample.label(), address)));

        assertTrue(kombi.onPaper());
        assertEquals("Søren Ærø, Åboulevard 3, 2200 København N", kombi.printAddress());
    }

    @Test
    void aShipmentForAnotherLetterIsRefused() {
        byte[] other = joined(KombiRequest.paper(memo, UUID.randomUUID(), sample.label(), address));

        assertEquals("ForsendelseIUoverensstemmelse", assertThrows(KombiRefused.class, () -> check.check(other)).code());
    }

    @Test
    void aRequestThatBreaksTheSchemaIsRefusedWithTheSchemasWords() {
        String broken = new String(joined(KombiRequest.digital(memo)), StandardCharsets.UTF_8)
                .replace("Digital Post</kombi:KombiValgKode>", "Brevdue</kombi:KombiValgKode>");

        KombiRefused refused = assertThrows(KombiRefused.class,
                () -> check.check(broken.getBytes(StandardCharsets.UTF_8)));

        assertEquals("SchemaValidering", refused.code());
        assertTrue(refused.getMessage().contains("Brevdue"), refused.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        byte[] attack = ("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("UgyldigXml", assertThrows(KombiRefused.class, () -> check.check(attack)).code());
    }
}
