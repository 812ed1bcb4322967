package dk.forbind.transparency.chain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Signs checkpoints with the registry's EC P-256 key (SHA256withECDSA, DER signature in base64) and
 * verifies them with its public key. The key id is the first 16 hex digits of SHA-256 over the
 * public key's X.509 encoding.
 */
public final class CheckpointSigner {
    static final String ALGORITHM = "SHA256withECDSA";
    private final KeyPair keys;
    private final String keyId;

    public CheckpointSigner(KeyPair keys) {
        this.keys = keys;
        this.keyId = keyIdOf(keys.getPublic());
    }

    public static String keyIdOf(PublicKey key) {
        return RecordHash.sha256(key.getEncoded()).substring(0, 16);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public Checkpoint sign(long seq, String hash, Instant at) {
        Instant createdAt = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(Checkpoint.signedBytes(seq, hash, createdAt, keyId));
            return new Checkpoint(seq, hash, createdAt, keyId, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign checkpoint at seq " + seq + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code checkpoint} was signed by this registry's key and is unaltered. */
    public boolean verifies(Checkpoint checkpoint) {
        if (!keyId.equals(checkpoint.keyId())) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(keys.getPublic());
            signature.update(checkpoint.signedBytes());
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
