package dk.forbind.digitalpost.sf1601;

import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.xml.SecureXml;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code PKO_PostStatus}-style receipt: which letter ({@code MessageUUID}), under which transaction, what
 * happened ({@code TransaktionsStatusKode}: {@code Modtaget}, {@code Afleveret} or {@code Fejlet}) and, for a
 * failure, {@code FejlDetaljer} (code and text).
 */
public record PostStatusReceipt(UUID messageUuid, String transactionId, String statusCode, String errorCode,
                                String errorText) {
    public static final String NAMESPACE = "urn:forbind:pko:1";
    public static final String RECEIVED = "Modtaget";
    public static final String DELIVERED = "Afleveret";
    public static final String FAILED = "Fejlet";
    private static final int MAX_BYTES = 64 * 1024;

    /** @throws InvalidMessageException naming what is wrong, for any malformed receipt */
    public static PostStatusReceipt parse(byte[] xml) {
        if (xml == null || xml.length == 0 || xml.length > MAX_BYTES) {
            throw new InvalidMessageException("a PostStatus receipt is 1 to " + MAX_BYTES + " bytes of XML");
        }
        Element root = parseXml(xml).getDocumentElement();
        if (!"PostStatus".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidMessageException("not a PostStatus receipt: the root is {" + root.getNamespaceURI() + "}"
                    + root.getLocalName());
        }
        String uuid = text(root, "MessageUUID").orElseThrow(() -> invalid("MessageUUID is missing"));
        String status = text(root, "TransaktionsStatusKode").orElseThrow(() -> invalid("TransaktionsStatusKode is missing"));
        if (!status.equals(RECEIVED) && !status.equals(DELIVERED) && !status.equals(FAILED)) {
            throw invalid("TransaktionsStatusKode '" + status + "' is not " + RECEIVED + ", " + DELIVERED + " or " + FAILED);
        }
        try {
            return new PostStatusReceipt(UUID.fromString(uuid), text(root, "TransaktionsId").orElse(null), status,
                    text(root, "FejlKode").orElse(null), text(root, "FejlTekst").orElse(null));
        } catch (IllegalArgumentException e) {
            throw invalid("MessageUUID '" + uuid + "' is not a UUID");
        }
    }

    /** The receipt as the simulator (or Digital Post) writes it. */
    public String toXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pko:PostStatus xmlns:pko=\"" + NAMESPACE + "\">"
                + "<pko:MessageUUID>" + messageUuid + "</pko:MessageUUID>"
                + (transactionId == null ? "" : "<pko:TransaktionsId>" + KombiRequest.escape(transactionId)
                + "</pko:TransaktionsId>")
                + "<pko:TransaktionsStatusKode>" + statusCode + "</pko:TransaktionsStatusKode>"
                + (errorCode == null ? "" : "<pko:FejlDetaljer><pko:FejlKode>" + KombiRequest.escape(errorCode)
                + "</pko:FejlKode><pko:FejlTekst>" + KombiRequest.escape(String.valueOf(errorText))
                + "</pko:FejlTekst></pko:FejlDetaljer>")
                + "</pko:PostStatus>\n";
    }

    private static InvalidMessageException invalid(String why) {
        return new InvalidMessageException("PostStatus receipt: " + why);
    }

    private static Optional<String> text(Element root, String name) {
        var nodes = root.getElementsByTagNameNS(NAMESPACE, name);
        if (nodes.getLength() == 0) {
            return Optional.empty();
        }
        Node node = nodes.item(0);
        String text = node.getTextContent() == null ? "" : node.getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Document parseXml(byte[] xml) {
        try {
            return SecureXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("PostStatus receipt is " + e.getMessage());
        }
    }
}
