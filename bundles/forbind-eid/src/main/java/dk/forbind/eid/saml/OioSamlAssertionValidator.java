package dk.forbind.eid.saml;

import dk.forbind.api.xml.SecureXml;
import dk.forbind.eid.oidc.TokenRejected;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks an OIOSAML 3 assertion: exactly one {@code Assertion} in the document (a second one is a
 * signature-wrapping attempt), its enveloped XML signature — one reference, to this assertion's own
 * ID — valid under one of the identity provider's metadata keys (the JDK's XML Signature
 * implementation with secure validation on), then {@code Issuer}, {@code NotBefore} /
 * {@code NotOnOrAfter} and the {@code Audience}. Attributes are read from the very element that
 * was verified, never looked up again.
 */
public final class OioSamlAssertionValidator {
    static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private final SamlSettings settings;

    public OioSamlAssertionValidator(SamlSettings settings) {
        this.settings = settings;
    }

    /** The attributes (name to values) of an assertion that passed every check at {@code now}. */
    public Map<String, List<String>> validate(byte[] xml, Instant now) throws TokenRejected {
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new TokenRejected("malformed assertion: " + e.getMessage());
        }
        Element assertion = theOnlyAssertion(document);
        verifySignature(assertion);
        try {
            checkIssuer(assertion);
            checkConditions(assertion, now);
            return attributes(assertion);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new TokenRejected("malformed assertion: " + e.getMessage());
        }
    }

    private static Element theOnlyAssertion(Document document) throws TokenRejected {
        NodeList assertions = document.getElementsByTagNameNS(SAML, "Assertion");
        if (assertions.getLength() == 0) {
            throw new TokenRejected("no SAML assertion");
        }
        if (assertions.getLength() > 1) {
            throw new TokenRejected("signature wrapping refused: the document holds " + assertions.getLength()
                    + " assertions, one is allowed");
        }
        Element assertion = (Element) assertions.item(0);
        Element root = document.getDocumentElement();
        if (assertion != root && assertion.getParentNode() != root) {
            throw new TokenRejected("signature wrapping refused: the assertion is not where a SAML response has it");
        }
        return assertion;
    }

    private void verifySignature(Element assertion) throws TokenRejected {
        String id = assertion.getAttribute("ID");
        if (id.isEmpty()) {
            throw new TokenRejected("the assertion has no ID");
        }
        assertion.setIdAttributeNS(null, "ID", true);
        Element signatureElement;
        try {
            signatureElement = SecureXml.child(assertion, DS, "Signature");
        } catch (IllegalArgumentException e) {
            throw new TokenRejected("signature wrapping refused: " + e.getMessage());
        }
        if (signatureElement == null) {
            throw new TokenRejected("the assertion is not signed");
        }
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        for (PublicKey key : settings.signingKeys()) {
            DOMValidateContext context = new DOMValidateContext(key, signatureElement);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            try {
                XMLSignature signature = factory.unmarshalXMLSignature(context);
                List<?> references = signature.getSignedInfo().getReferences();
                if (references.size() != 1 || !("#" + id).equals(((Reference) references.get(0)).getURI())) {
                    throw new TokenRejected("signature wrapping refused: the signature does not cover exactly this"
                            + " assertion (#" + id + ")");
                }
                if (signature.validate(context)) {
                    return;
                }
            } catch (MarshalException | XMLSignatureException e) {
                throw new TokenRejected("XML signature cannot be checked: " + e.getMessage());
            }
        }
        throw new TokenRejected("XML signature does not verify: the assertion was altered or not signed by the"
                + " identity provider");
    }

    private void checkIssuer(Element assertion) throws TokenRejected {
        Element issuer = SecureXml.child(assertion, SAML, "Issuer");
        String value = issuer == null ? null : issuer.getTextContent().strip();
        if (!settings.idpEntityId().equals(value)) {
            throw new TokenRejected("wrong issuer '" + value + "'; expected '" + settings.idpEntityId() + "'");
        }
    }

    private void checkConditions(Element assertion, Instant now) throws TokenRejected {
        Element conditions = SecureXml.child(assertion, SAML, "Conditions");
        if (conditions == null) {
            throw new TokenRejected("the assertion has no Conditions");
        }
        String notBefore = conditions.getAttribute("NotBefore");
        if (!notBefore.isEmpty() && now.plus(settings.clockSkew()).isBefore(Instant.parse(notBefore))) {
            throw new TokenRejected("assertion not valid before " + notBefore);
        }
        String notOnOrAfter = conditions.getAttribute("NotOnOrAfter");
        if (notOnOrAfter.isEmpty()) {
            throw new TokenRejected("the assertion has no NotOnOrAfter");
        }
        Instant expires = Instant.parse(notOnOrAfter);
        if (!now.minus(settings.clockSkew()).isBefore(expires)) {
            throw new TokenRejected("assertion expired at " + notOnOrAfter);
        }
        String issued = assertion.getAttribute("IssueInstant");
        String start = issued.isEmpty() ? notBefore : issued;
        settings.lifetime().check(start.isEmpty() ? null : Instant.parse(start), expires, now, settings.clockSkew());
        checkAudience(conditions);
    }

    /** SAML core 2.5.1.4: every AudienceRestriction must hold on its own, so each must name this service. */
    private void checkAudience(Element conditions) throws TokenRejected {
        List<Element> restrictions = SecureXml.children(conditions, SAML, "AudienceRestriction");
        if (restrictions.isEmpty()) {
            throw new TokenRejected("the assertion has no AudienceRestriction; expected '" + settings.audience() + "'");
        }
        for (Element restriction : restrictions) {
            List<String> audiences = new ArrayList<>();
            SecureXml.children(restriction, SAML, "Audience").forEach(a -> audiences.add(a.getTextContent().strip()));
            if (!audiences.contains(settings.audience())) {
                throw new TokenRejected("wrong audience " + audiences + "; expected '" + settings.audience() + "'");
            }
        }
    }

    private static Map<String, List<String>> attributes(Element assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Element statement : SecureXml.children(assertion, SAML, "AttributeStatement")) {
            for (Element attribute : SecureXml.children(statement, SAML, "Attribute")) {
                List<String> values = attributes.computeIfAbsent(attribute.getAttribute("Name"), n -> new ArrayList<>());
                SecureXml.children(attribute, SAML, "AttributeValue").forEach(v -> values.add(v.getTextContent().strip()));
            }
        }
        return attributes;
    }
}
