package dk.forbind.digitalpost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The node's OCES3 system certificate as a TLS client identity towards Digital Post, when one is configured. */
final class SystemCertificate {
    private SystemCertificate() {
    }

    /** A TLS context presenting the PKCS#12 keystore's key, or null when no keystore is configured. */
    static SSLContext tlsContext(String keystore, String password) {
        if (keystore == null || keystore.isBlank()) {
            return null;
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, secret);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Digital Post: the system certificate keystore " + keystore
                    + " cannot be used (tls.keystore, tls.keystore.password in etc/dk.forbind.digitalpost.cfg): "
                    + e.getMessage(), e);
        }
    }
}
