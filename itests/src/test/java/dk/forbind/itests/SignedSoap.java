package dk.forbind.itests;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

/**
 * SOAP requests as a legacy system sends them, for the tests of SOAP endpoints: an envelope around a body, signed
 * with WS-Security (timestamp and body, RSA-SHA256, the certificate in a binary security token) or not, and
 * posted to the node.
 */
final class SignedSoap {
    private static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String PASSWORD = "itest-signing";

    private SignedSoap() {
    }

    /** An unsigned SOAP 1.1 envelope around {@code body} (one element). */
    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"" + ENVELOPE + "\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The envelope around {@code body}, signed with this key whose certificate goes along. */
    static String signed(String body, PrivateKey key, X509Certificate certificate) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(WSSConfig.class.getClassLoader());
        try {
            WSSConfig.init();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    envelope(body).getBytes(StandardCharsets.UTF_8)));
            WSSecHeader header = new WSSecHeader(document);
            header.insertSecurityHeader();
            WSSecTimestamp timestamp = new WSSecTimestamp(header);
            timestamp.setTimeToLive(300);
            timestamp.build();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("signer", key, PASSWORD.toCharArray(), new Certificate[] {certificate});
            Merlin crypto = new Merlin();
            crypto.setKeyStore(keys);
            WSSecSignature signature = new WSSecSignature(header);
            signature.setUserInfo("signer", PASSWORD);
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
            signature.setDigestAlgo(WSConstants.SHA256);
            signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
            signature.getParts().add(new WSEncryptionPart("Body", ENVELOPE, ""));
            signature.build(crypto);
            StringWriter xml = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(xml));
            return xml.toString();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** POSTs a SOAP request to the node's HTTP port. */
    static ForbindTestSupport.HttpAnswer post(String path, String envelope) throws Exception {
        return ForbindTestSupport.http("POST", path, null, envelope, "text/xml; charset=UTF-8");
    }
}
