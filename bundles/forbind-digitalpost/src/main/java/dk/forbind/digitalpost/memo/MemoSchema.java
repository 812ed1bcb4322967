package dk.forbind.digitalpost.memo;

import dk.forbind.digitalpost.memo.xml.MessageType;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The project's MeMo schema ({@code xsd/memo.xsd}) and the JAXB context of the classes generated from it, each
 * built once: both are thread-safe, and both are costly to build.
 */
public final class MemoSchema {
    public static final String NAMESPACE = "https://DigitalPost.dk/MeMo-1";

    private static final Schema SCHEMA = loadSchema();
    private static final JAXBContext CONTEXT = loadContext();

    private MemoSchema() {
    }

    /** Where the schema document is, for schemas that embed MeMo messages (kombi requests). */
    public static URL location() {
        return MemoSchema.class.getResource("/xsd/memo.xsd");
    }

    static Schema schema() {
        return SCHEMA;
    }

    static JAXBContext context() {
        return CONTEXT;
    }

    private static Schema loadSchema() {
        URL xsd = location();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the MeMo schema " + xsd + " does not load: " + e.getMessage(), e);
        }
    }

    /** In OSGi the JAXB runtime is found through the thread's context class loader: this bundle's, here. */
    private static JAXBContext loadContext() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MemoSchema.class.getClassLoader());
        try {
            return JAXBContext.newInstance(MessageType.class.getPackageName(), MessageType.class.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("no JAXB runtime for the MeMo classes: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
