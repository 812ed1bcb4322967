package dk.forbind.itests;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * A TLS client's keys that present one certificate whichever CAs the server names: a JSSE client otherwise sends
 * no certificate when its issuer is not among them, and the handshake succeeds without one - so a test could
 * not show that the server refuses a certificate from a CA it does not trust.
 */
final class AlwaysPresentKeyManager extends X509ExtendedKeyManager {
    private final X509KeyManager keys;
    private final String alias;

    AlwaysPresentKeyManager(X509KeyManager keys, String alias) {
        this.keys = keys;
        this.alias = alias;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return alias;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return alias;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return new String[] {alias};
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String name) {
        return keys.getCertificateChain(name);
    }

    @Override
    public PrivateKey getPrivateKey(String name) {
        return keys.getPrivateKey(name);
    }
}
