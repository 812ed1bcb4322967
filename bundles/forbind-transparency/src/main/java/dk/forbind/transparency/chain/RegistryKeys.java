package dk.forbind.transparency.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The registry's two secrets, kept as files (normally under {@code etc/}) and generated on first
 * start: the EC P-256 checkpoint signing key (PKCS#8 PEM, owner-only) with its public key (X.509
 * PEM, to hand to auditors), and the 32-byte subject-key secret (base64, owner-only).
 */
public final class RegistryKeys {
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private RegistryKeys() {
    }

    /**
     * Loads the key pair, generating both files when neither exists.
     *
     * @throws IOException when a file is missing or unreadable, or the two keys do not belong together
     */
    public static KeyPair signingKey(Path privateKeyFile, Path publicKeyFile) throws IOException {
        try {
            if (!Files.exists(privateKeyFile) && !Files.exists(publicKeyFile)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
                KeyPair generated = generator.generateKeyPair();
                writeSecret(privateKeyFile, pem(PRIVATE, generated.getPrivate().getEncoded()));
                Files.writeString(publicKeyFile, publicKeyPem(generated.getPublic()), StandardCharsets.US_ASCII);
            }
            if (!Files.exists(privateKeyFile) || !Files.exists(publicKeyFile)) {
                throw new IOException("signing key files " + privateKeyFile + " and " + publicKeyFile
                        + " must both exist (or both be absent, to generate a new pair); one is missing");
            }
            KeyFactory ec = KeyFactory.getInstance("EC");
            PrivateKey privateKey = ec.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKeyFile, PRIVATE)));
            PublicKey publicKey = readPublicKeyPem(Files.readString(publicKeyFile, StandardCharsets.US_ASCII));
            KeyPair pair = new KeyPair(publicKey, privateKey);
            if (!belongTogether(pair)) {
                throw new IOException("public key " + publicKeyFile + " does not belong to private key " + privateKeyFile);
            }
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("signing key files " + privateKeyFile + " / " + publicKeyFile
                    + " do not hold an EC key pair in PEM: " + e.getMessage(), e);
        }
    }

    private static boolean belongTogether(KeyPair pair) throws GeneralSecurityException {
        byte[] probe = "forbind key check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(CheckpointSigner.ALGORITHM);
        signer.initSign(pair.getPrivate());
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(CheckpointSigner.ALGORITHM);
        verifier.initVerify(pair.getPublic());
        verifier.update(probe);
        return verifier.verify(signature);
    }

    public static byte[] subjectSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            writeSecret(file, Base64.getEncoder().encodeToString(secret) + "\n");
        }
        try {
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("subject key secret " + file + " is not base64: " + e.getMessage(), e);
        }
    }

    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    public static PublicKey readPublicKeyPem(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(decodePem(pem, PUBLIC)));
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        return decodePem(Files.readString(file, StandardCharsets.US_ASCII), type);
    }

    private static byte[] decodePem(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
