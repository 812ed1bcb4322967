package dk.forbind.digitalpost.sf1601;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * An SF1601-style kombi request around a letter's MeMo: {@code KombiValgKode} chooses the channel; for paper a
 * Fjernprint {@code ForsendelseI} says who gets it where, and the print service prints the MeMo's documents.
 * Written as parts (envelope, the MeMo as stored, envelope), so the letter is never copied into a larger buffer.
 * Namespaces are the project's ({@link #NAMESPACE}, {@link #PRINT_NAMESPACE}); see docs/digitalpost.md.
 */
public final class KombiRequest {
    public static final String NAMESPACE = "urn:forbind:sf1601:kombi:1";
    public static final String PRINT_NAMESPACE = "urn:forbind:fjernprint:1";
    /** Post category of a printed letter: B, the ordinary (economy) post of public authorities. */
    private static final String POST_CATEGORY = "B";

    private KombiRequest() {
    }

    /** A request for Digital Post: the MeMo alone. */
    public static List<byte[]> digital(byte[] memo) {
        return List.of(head(KombiChoice.DIGITAL_POST), memo, tail(""));
    }

    /** A request for paper: the MeMo and the Fjernprint shipment that addresses it. */
    public static List<byte[]> paper(byte[] memo, UUID letter, String label, PrintRecipient to) {
        String recipientId = to.recipient().type().name().equals("CPR") ? "CPRnummerIdentifikator"
                : "CVRnummerIdentifikator";
        String shipment = "<fp:ForsendelseI xmlns:fp=\"" + PRINT_NAMESPACE + "\">"
                + element("fp:AfsendelseIdentifikator", letter.toString())
                + "<fp:ForsendelseModtager>"
                + element("fp:" + recipientId, to.recipient().id())
                + element("fp:PersonNavn", to.name())
                + "<fp:Adresse>" + element("fp:VejNavn", to.street()) + element("fp:PostKodeIdentifikator", to.postcode())
                + element("fp:DistriktNavn", to.city()) + element("fp:LandeKode", "DK") + "</fp:Adresse>"
                + "</fp:ForsendelseModtager>"
                + "<fp:DokumentParametre>" + element("fp:TitelTekst", label) + "</fp:DokumentParametre>"
                + element("fp:PostKategoriKode", POST_CATEGORY)
                + "</fp:ForsendelseI>";
        return List.of(head(KombiChoice.PHYSICAL_POST), memo, tail(shipment));
    }

    private static byte[] head(KombiChoice choice) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kombi:KombiRequest xmlns:kombi=\"" + NAMESPACE + "\">"
                + element("kombi:KombiValgKode", choice.code())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tail(String shipment) {
        return (shipment + "</kombi:KombiRequest>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
