package dk.forbind.digitalpost.memo;

import dk.forbind.digitalpost.memo.xml.MessageType;
import dk.forbind.digitalpost.memo.xml.ObjectFactory;
import java.io.ByteArrayOutputStream;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;

/** Writes a MeMo message as UTF-8 XML without an XML declaration (a document and an embeddable fragment alike). */
public final class MemoWriter {
    private static final ObjectFactory ELEMENTS = new ObjectFactory();

    private MemoWriter() {
    }

    public static byte[] write(MemoLetter letter) {
        return write(letter.message());
    }

    static byte[] write(MessageType message) {
        try {
            Marshaller marshaller = MemoSchema.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            // no XML declaration: the letter is also embedded as it is in kombi requests
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(ELEMENTS.createMessage(message), out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("a MeMo message could not be written: " + e, e);
        }
    }
}
