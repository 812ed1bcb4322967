package dk.forbind.soap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import org.apache.cxf.message.Message;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.crypto.CertificateStore;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.validate.NoOpValidator;

/**
 * WS-Security X.509 signatures (WSS4J) as Forbind's SOAP adapters use them: a request carries a timestamp and is
 * signed over its timestamp and body with RSA-SHA256, the signing certificate inside it (a binary security token),
 * so the receiver needs no copy of it beforehand. A receiver either trusts exactly the certificates it is given, or
 * checks the signature and leaves trust to the platform's agency-certificate check ({@link #signerOf}).
 */
public final class SoapSignature {
    private static final String ACTIONS = ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE;
    private static final String SIGNING_CRYPTO = "forbind.signing.crypto";
    private static final String TRUST_CRYPTO = "forbind.trust.crypto";
    private static final String SIGNED_PARTS = "{Element}{" + WSConstants.WSU_NS + "}Timestamp;"
            + "{Element}{http://schemas.xmlsoap.org/soap/envelope/}Body";

    private SoapSignature() {
    }

    /** Signs every request with the key under {@code alias} in the keystore. */
    public static WSS4JOutInterceptor signing(KeyStore keystore, String alias, char[] password) {
        Merlin crypto = new Merlin();
        crypto.setKeyStore(keystore);
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ACTIONS);
        settings.put(ConfigurationConstants.SIGNATURE_USER, alias);
        settings.put(ConfigurationConstants.SIG_PROP_REF_ID, SIGNING_CRYPTO);
        settings.put(SIGNING_CRYPTO, crypto);
        settings.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        settings.put(ConfigurationConstants.SIG_ALGO, WSConstants.RSA_SHA256);
        settings.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSConstants.SHA256);
        settings.put(ConfigurationConstants.SIGNATURE_PARTS, SIGNED_PARTS);
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback key) {
                    key.setPassword(new String(password));
                }
            }
        });
        return new WSS4JOutInterceptor(settings);
    }

    /** Takes only requests signed, over their timestamp and body, by one of these certificates. */
    public static WSS4JInInterceptor trusting(List<X509Certificate> certificates) {
        return verifying(new CertificateStore(certificates.toArray(X509Certificate[]::new)), false);
    }

    /**
     * Takes only signed requests whose signature holds, and leaves whether the signer is trusted to the platform:
     * read the signer with {@link #signerOf} and check it as an agency system's certificate.
     */
    public static WSS4JInInterceptor verifyingSignature() {
        return verifying(new CertificateStore(new X509Certificate[0]), true);
    }

    private static WSS4JInInterceptor verifying(Crypto trust, boolean deferTrust) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ACTIONS);
        settings.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, TRUST_CRYPTO);
        settings.put(TRUST_CRYPTO, trust);
        settings.put(ConfigurationConstants.IS_BSP_COMPLIANT, "true");
        if (deferTrust) {
            Map<QName, Object> validators = new HashMap<>();
            validators.put(WSConstants.SIGNATURE, new NoOpValidator());
            settings.put(WSS4JInInterceptor.VALIDATOR_MAP, validators);
        }
        return new WSS4JInInterceptor(settings);
    }

    /** The certificate that signed a request WSS4J verified, or empty when none did. */
    @SuppressWarnings("unchecked")
    public static Optional<X509Certificate> signerOf(Message message) {
        List<WSHandlerResult> results = (List<WSHandlerResult>) message.get(WSHandlerConstants.RECV_RESULTS);
        if (results == null) {
            return Optional.empty();
        }
        return results.stream()
                .flatMap(result -> result.getActionResults().getOrDefault(WSConstants.SIGN, List.of()).stream())
                .map(signature -> (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE))
                .filter(certificate -> certificate != null)
                .findFirst();
    }

    /** A PKCS12 keystore from a file. */
    public static KeyStore keystore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keystore.load(in, password);
        }
        return keystore;
    }
}
