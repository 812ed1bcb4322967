package dk.forbind.sim.digitalpost;

import dk.forbind.api.xml.SecureXml;
import dk.forbind.digitalpost.memo.MemoSchema;
import dk.forbind.digitalpost.sf1601.KombiRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks a kombi request as Digital Post would: well-formed XML without a DTD, valid against the kombi schema
 * (which holds the MeMo and Fjernprint schemas), a print shipment exactly when paper is asked for, and one that
 * belongs to the letter. Each refusal carries an error code and text.
 */
final class KombiCheck {
    private static final String MEMO = MemoSchema.NAMESPACE;
    private final Schema schema;

    KombiCheck() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(new Source[] {source(MemoSchema.location()),
                    source(KombiCheck.class.getResource("/xsd/fjernprint.xsd")),
                    source(KombiCheck.class.getResource("/xsd/kombi.xsd"))});
        } catch (Exception e) {
            throw new IllegalStateException("the kombi schema does not load: " + e.getMessage(), e);
        }
    }

    /** The schema document, read here: nothing is fetched while the schemas are put together. */
    private static Source source(URL xsd) throws IOException {
        try (InputStream in = xsd.openStream()) {
            return new StreamSource(new ByteArrayInputStream(in.readAllBytes()), xsd.toExternalForm());
        }
    }

    Kombi check(byte[] body) throws KombiRefused {
        Document document = parse(body);
        List<String> findings = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                findings.add(e.getMessage());
            }
        });
        try {
            validator.validate(new DOMSource(document));
        } catch (Exception e) {
            findings.add(String.valueOf(e.getMessage()));
        }
        if (!findings.isEmpty()) {
            throw new KombiRefused("SchemaValidering", String.join("; ", findings));
        }
        Element root = document.getDocumentElement();
        String choice = text(root, KombiRequest.NAMESPACE, "KombiValgKode");
        UUID uuid = UUID.fromString(text(root, MEMO, "messageUUID"));
        Element recipient = (Element) root.getElementsByTagNameNS(MEMO, "Recipient").item(0);
        String recipientId = text(recipient, MEMO, "recipientID");
        String printAddress = null;
        boolean shipment = root.getElementsByTagNameNS(KombiRequest.PRINT_NAMESPACE, "ForsendelseI").getLength() > 0;
        if ("Fysisk Post".equals(choice)) {
            if (!shipment) {
                throw new KombiRefused("ForsendelseIMangler", "Fysisk Post needs a ForsendelseI");
            }
            if (!uuid.toString().equals(text(root, KombiRequest.PRINT_NAMESPACE, "AfsendelseIdentifikator"))) {
                throw new KombiRefused("ForsendelseIUoverensstemmelse",
                        "AfsendelseIdentifikator is not the letter's messageUUID");
            }
            printAddress = text(root, KombiRequest.PRINT_NAMESPACE, "PersonNavn") + ", "
                    + text(root, KombiRequest.PRINT_NAMESPACE, "VejNavn") + ", "
                    + text(root, KombiRequest.PRINT_NAMESPACE, "PostKodeIdentifikator") + " "
                    + text(root, KombiRequest.PRINT_NAMESPACE, "DistriktNavn");
        } else if (shipment) {
            throw new KombiRefused("ForsendelseIUventet", choice + " takes no ForsendelseI");
        }
        return new Kombi(choice, uuid, text(recipient, MEMO, "idType"), recipientId,
                text(root, MEMO, "label"), printAddress);
    }

    private static Document parse(byte[] body) throws KombiRefused {
        try {
            return SecureXml.parse(body);
        } catch (IllegalArgumentException e) {
            throw new KombiRefused("UgyldigXml", e.getMessage());
        }
    }

    private static String text(Element parent, String namespace, String name) {
        var nodes = parent.getElementsByTagNameNS(namespace, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
