package dk.forbind.digitalpost.memo;

import dk.forbind.api.xml.SecureXml;
import dk.forbind.digitalpost.memo.xml.MessageType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Unmarshaller;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a MeMo letter from untrusted XML: at most {@link MemoLimits#maxDocumentBytes()} bytes are read, no DTD
 * and no external entity is followed, the schema is checked in full (every finding kept, with its line), and the
 * letter's {@link LetterRules} are checked too; a letter with any finding is a {@link LetterRejected} listing them
 * all.
 */
public final class MemoReader {
    private final MemoLimits limits;
    private final LetterRules rules;

    public MemoReader(MemoLimits limits) {
        this.limits = limits;
        this.rules = new LetterRules(limits);
    }

    /** @throws LetterRejected with every reason when the document is no valid letter */
    public MemoLetter read(InputStream in) throws IOException {
        return read(BoundedBytes.read(in, limits.maxDocumentBytes(), "MeMo document"));
    }

    /** @throws LetterRejected with every reason when the document is no valid letter */
    public MemoLetter read(byte[] xml) {
        return read(xml, true);
    }

    /** Checks a letter built in code or from JSON against the same schema and rules (no line numbers). */
    public MemoLetter check(MessageType message) {
        return read(MemoWriter.write(message), false);
    }

    private MemoLetter read(byte[] xml, boolean lines) {
        if (xml.length > limits.maxDocumentBytes()) {
            throw new LetterRejected("the MeMo document is " + xml.length + " bytes; at most "
                    + limits.maxDocumentBytes() + " are read");
        }
        Set<String> reasons = new LinkedHashSet<>(schemaFindings(xml, lines));
        MessageType message = unmarshal(xml, reasons);
        if (message != null) {
            reasons.addAll(rules.check(message));
        }
        if (!reasons.isEmpty()) {
            throw new LetterRejected(new ArrayList<>(reasons));
        }
        return new MemoLetter(message);
    }

    private static List<String> schemaFindings(byte[] xml, boolean lines) {
        List<String> findings = new ArrayList<>();
        Validator validator = MemoSchema.schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Findings(findings, lines));
            validator.validate(new SAXSource(SecureXml.saxReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException reportedByFindings) {
            // the document is not well-formed: Findings has it, and nothing after it can be checked
        } catch (SAXException e) {
            findings.add("not a MeMo document: " + e.getMessage());
        } catch (IOException e) {
            findings.add("the document cannot be read: " + e.getMessage());
        }
        return findings;
    }

    /** The letter as far as it can be bound; null when it is not a well-formed MeMo message at all. */
    private static MessageType unmarshal(byte[] xml, Set<String> reasons) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                Unmarshaller unmarshaller = MemoSchema.context().createUnmarshaller();
                return unmarshaller.unmarshal(reader, MessageType.class).getValue();
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            if (reasons.isEmpty()) {
                reasons.add("not a MeMo document: " + e.getMessage());
            }
            return null;
        }
    }

    /** Keeps every schema finding, with its line, and goes on. */
    private record Findings(List<String> found, boolean lines) implements ErrorHandler {
        /** The finding (with its line, when the caller wrote the XML), the MeMo namespace as the prefix memo:. */
        static String at(SAXParseException e, boolean lines) {
            return (lines ? "line " + e.getLineNumber() + ": " : "")
                    + String.valueOf(e.getMessage()).replace("\"" + MemoSchema.NAMESPACE + "\":", "memo:");
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(at(e, lines));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            found.add(at(e, lines));
            throw e;
        }
    }
}
