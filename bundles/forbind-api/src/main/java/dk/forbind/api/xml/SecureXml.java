package dk.forbind.api.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses untrusted XML (assertions, privilege lists, metadata, letters, receipts): namespace-aware, no DTD, no
 * external entities, secure processing on — as a DOM document, or as a SAX reader for streaming validation.
 */
public final class SecureXml {
    private SecureXml() {
    }

    /** @throws IllegalArgumentException when the bytes are not well-formed XML or use a DTD */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML without a DTD: " + e.getMessage());
        }
    }

    /** A SAX reader with the same protections, for validating a document as it streams. */
    public static XMLReader saxReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("this Java has no SAX parser that can be secured: " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} with this namespace and local name. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && localName.equals(node.getLocalName())
                    && (namespace == null || namespace.equals(node.getNamespaceURI()))) {
                found.add((Element) node);
            }
        }
        return found;
    }

    /** The single such child, or null; more than one is an error. */
    public static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() > 1) {
            throw new IllegalArgumentException(parent.getLocalName() + " has " + found.size() + " " + localName
                    + " elements; one is allowed");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
