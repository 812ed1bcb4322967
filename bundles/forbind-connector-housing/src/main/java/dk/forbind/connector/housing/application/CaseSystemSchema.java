package dk.forbind.connector.housing.application;

import dk.forbind.api.CprNumber;
import dk.forbind.api.xml.SecureXml;
import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.connector.housing.casesystem.SubmitApplicationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.bind.Unmarshaller;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The case system's schema, taken from its WSDL ({@code wsdl/housing-case-system.wsdl}), and the JAXB context of
 * the classes generated from it — each built once. An application is checked against the schema before it is
 * queued, so the citizen hears at once what the case system would refuse, and it travels on the broker as the
 * schema's XML.
 */
public final class CaseSystemSchema {
    public static final String NAMESPACE = "urn:forbind:housing:case-system:1";
    private static final String WSDL = "/wsdl/housing-case-system.wsdl";

    private static final Schema SCHEMA = loadSchema();
    private static final JAXBContext CONTEXT = loadContext();

    private CaseSystemSchema() {
    }

    /** What the schema finds wrong with the application: every finding, CPR numbers masked; empty when valid. */
    public static List<String> problems(Application application) {
        List<String> problems = new ArrayList<>();
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setSchema(SCHEMA);
            marshaller.setEventHandler(event -> {
                problems.add(CprNumber.maskedIn(event.getMessage()));
                return true;
            });
            marshaller.marshal(request(application), new DOMResult());
        } catch (JAXBException e) {
            problems.add(CprNumber.maskedIn(String.valueOf(e.getMessage() == null ? e.getLinkedException()
                    : e.getMessage())));
        }
        return problems;
    }

    /** The application as the XML the case system takes (a {@code SubmitApplicationRequest}). */
    public static String toXml(Application application) {
        return toXml(request(application));
    }

    /** One of the schema's elements (a generated root element class) as XML. */
    public static String toXml(Object element) {
        try {
            StringWriter xml = new StringWriter();
            CONTEXT.createMarshaller().marshal(element, xml);
            return xml.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("a " + element.getClass().getSimpleName() + " does not marshal: " + e, e);
        }
    }

    /**
     * The application in this XML (a {@code SubmitApplicationRequest}), checked against the schema.
     *
     * @throws IllegalArgumentException naming what is wrong, when it is not a valid application
     */
    public static Application applicationIn(byte[] xml) {
        return fromXml(xml, SubmitApplicationRequest.class).getApplication();
    }

    /**
     * The element of this type in this XML, checked against the schema (no DTD, no external entities).
     *
     * @throws IllegalArgumentException naming what is wrong, when it is not a valid element of that type
     */
    public static <T> T fromXml(byte[] xml, Class<T> type) {
        try {
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            unmarshaller.setSchema(SCHEMA);
            Object read = unmarshaller.unmarshal(new DOMSource(SecureXml.parse(xml)));
            if (type.isInstance(read)) {
                return type.cast(read);
            }
            throw new IllegalArgumentException("not a " + type.getSimpleName());
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() == null ? e : e.getLinkedException();
            throw new IllegalArgumentException(CprNumber.maskedIn(String.valueOf(cause.getMessage())), e);
        }
    }

    private static SubmitApplicationRequest request(Application application) {
        SubmitApplicationRequest request = new SubmitApplicationRequest();
        request.setApplication(application);
        return request;
    }

    private static Schema loadSchema() {
        URL wsdl = CaseSystemSchema.class.getResource(WSDL);
        try (InputStream in = wsdl.openStream()) {
            Element definitions = SecureXml.parse(in.readAllBytes()).getDocumentElement();
            Element types = SecureXml.child(definitions, "http://schemas.xmlsoap.org/wsdl/", "types");
            Element schema = SecureXml.child(types, XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new DOMSource(schema, wsdl.toExternalForm()));
        } catch (IOException | SAXException | RuntimeException e) {
            throw new IllegalStateException("the case system's schema in " + WSDL + " does not load: " + e, e);
        }
    }

    /** In OSGi the JAXB runtime is found through the thread's context class loader: this bundle's, here. */
    private static JAXBContext loadContext() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CaseSystemSchema.class.getClassLoader());
        try {
            return JAXBContext.newInstance(Application.class.getPackageName(), Application.class.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("no JAXB runtime for the case system's classes: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
