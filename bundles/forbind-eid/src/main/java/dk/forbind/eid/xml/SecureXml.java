package dk.forbind.eid.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses untrusted XML (assertions, privilege lists, metadata): namespace-aware, no DTD, no entities. */
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
