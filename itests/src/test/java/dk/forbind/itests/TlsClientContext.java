package dk.forbind.itests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509KeyManager;

/**
 * The TLS side of a client of a test node: it trusts the node's own certificate (from the node's keystore) and,
 * given a key and its chain, presents that certificate whichever CAs the server names, as curl does.
 */
final class TlsClientContext {
    private static final char[] CLIENT = "client".toCharArray();

    private TlsClientContext() {
    }

    /** @param key the client's key, or null to present no certificate */
    static SSLContext of(Path nodeKeystore, char[] nodePassword, PrivateKey key, X509Certificate... chain)
            throws Exception {
        KeyStore node = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(nodeKeystore)) {
            node.load(in, nodePassword);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(node);
        KeyManager[] keys = null;
        if (key != null) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, CLIENT);
            store.setKeyEntry("system", key, CLIENT, chain);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, CLIENT);
            keys = new KeyManager[] {new AlwaysPresentKeyManager((X509KeyManager) factory.getKeyManagers()[0],
                    "system")};
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trust.getTrustManagers(), null);
        return context;
    }
}
