package dk.forbind.eid.privileges;

import dk.forbind.api.xml.SecureXml;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the OIO Basic Privilege Profile carried in {@code privilegesIntermediate}: base64 of a
 * {@code PrivilegeList} of {@code PrivilegeGroup Scope="..."} elements, each with {@code Privilege}
 * URIs. The XML parser refuses DTDs and external entities.
 */
public final class BasicPrivilegeProfile {
    public static final String NAMESPACE = "http://itst.dk/oiosaml/basic_privilege_profile";

    private BasicPrivilegeProfile() {
    }

    /** One scope (a CVR, CPR, production unit …) and the privileges held within it. */
    public record PrivilegeGroup(String scope, List<String> privileges) {
    }

    /** @throws IllegalArgumentException when the value is not base64 of a privilege list */
    public static List<PrivilegeGroup> parse(String base64) {
        byte[] xml;
        try {
            xml = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("privileges are not base64: " + e.getMessage());
        }
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("privileges are not a valid privilege list: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"PrivilegeList".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("privileges must be a bpp:PrivilegeList in " + NAMESPACE
                    + ", got " + root.getNodeName());
        }
        List<PrivilegeGroup> groups = new ArrayList<>();
        for (Element group : SecureXml.children(root, null, "PrivilegeGroup")) {
            String scope = group.getAttribute("Scope").strip();
            if (scope.isEmpty()) {
                throw new IllegalArgumentException("a PrivilegeGroup has no Scope");
            }
            List<String> privileges = SecureXml.children(group, null, "Privilege").stream()
                    .map(p -> p.getTextContent().strip()).filter(p -> !p.isEmpty()).toList();
            groups.add(new PrivilegeGroup(scope, privileges));
        }
        return groups;
    }
}
