package dk.forbind.eid.saml;

import dk.forbind.api.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an identity provider's SAML metadata: its entity id and the certificates of its
 * {@code IDPSSODescriptor} key descriptors for signing (use="signing" or no use).
 */
public final class IdpMetadata {
    static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private final String entityId;
    private final List<PublicKey> signingKeys;

    private IdpMetadata(String entityId, List<PublicKey> signingKeys) {
        this.entityId = entityId;
        this.signingKeys = List.copyOf(signingKeys);
    }

    public String entityId() {
        return entityId;
    }

    public List<PublicKey> signingKeys() {
        return signingKeys;
    }

    public static IdpMetadata parse(byte[] xml) {
        Document document = SecureXml.parse(xml);
        Element root = document.getDocumentElement();
        if (!MD.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())) {
            throw new IllegalArgumentException("metadata must be an md:EntityDescriptor, got " + root.getNodeName());
        }
        Element idp = SecureXml.child(root, MD, "IDPSSODescriptor");
        if (idp == null) {
            throw new IllegalArgumentException("metadata of " + root.getAttribute("entityID")
                    + " has no IDPSSODescriptor");
        }
        List<PublicKey> keys = new ArrayList<>();
        for (Element descriptor : SecureXml.children(idp, MD, "KeyDescriptor")) {
            String use = descriptor.getAttribute("use");
            if (!use.isEmpty() && !"signing".equals(use)) {
                continue;
            }
            NodeList certificates = descriptor.getElementsByTagNameNS(DS, "X509Certificate");
            for (int i = 0; i < certificates.getLength(); i++) {
                keys.add(certificate(certificates.item(i).getTextContent()).getPublicKey());
            }
        }
        return new IdpMetadata(root.getAttribute("entityID"), keys);
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64.strip())));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("metadata holds an unreadable signing certificate: " + e.getMessage());
        }
    }
}
