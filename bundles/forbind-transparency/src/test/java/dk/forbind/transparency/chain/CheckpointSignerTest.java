package dk.forbind.transparency.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointSignerTest {
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00.123Z");

    @TempDir
    Path etc;

    @Test
    void keysAreGeneratedOnceOwnerOnlyAndReloaded() throws IOException {
        Path privateKey = etc.resolve("signing.pem");
        Path publicKey = etc.resolve("signing.pub.pem");
        KeyPair first = RegistryKeys.signingKey(privateKey, publicKey);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        assertTrue(Files.readString(publicKey).startsWith("-----BEGIN PUBLIC KEY-----"));
        KeyPair again = RegistryKeys.signingKey(privateKey, publicKey);
        assertEquals(first.getPublic(), again.getPublic());

        byte[] secret = RegistryKeys.subjectSecret(etc.resolve("subject.key"));
        assertEquals(32, secret.length);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(etc.resolve("subject.key"))));
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused() throws IOException {
        RegistryKeys.signingKey(etc.resolve("a.pem"), etc.resolve("a.pub.pem"));
        RegistryKeys.signingKey(etc.resolve("b.pem"), etc.resolve("b.pub.pem"));
        Files.copy(etc.resolve("b.pub.pem"), etc.resolve("a.pub.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IOException e = assertThrows(IOException.class,
                () -> RegistryKeys.signingKey(etc.resolve("a.pem"), etc.resolve("a.pub.pem")));
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
    }

    @Test
    void checkpointVerifiesWithThePublicKeyAndNotWhenAltered() throws Exception {
        CheckpointSigner signer = new CheckpointSigner(RegistryKeys.signingKey(etc.resolve("k.pem"),
                etc.resolve("k.pub.pem")));
        Checkpoint checkpoint = signer.sign(1000, "ab".repeat(32), AT);
        assertTrue(signer.verifies(checkpoint));

        // an outside auditor: the documented bytes, the exported PEM, plain JCA
        Signature jca = Signature.getInstance("SHA256withECDSA");
        jca.initVerify(RegistryKeys.readPublicKeyPem(Files.readString(etc.resolve("k.pub.pem"))));
        jca.update(("forbind-transparency-checkpoint/1\nseq:1000\nhash:" + "ab".repeat(32)
                + "\ncreatedAt:2026-11-28T12:00:00.123Z\nkeyId:" + signer.keyId() + "\n").getBytes());
        assertTrue(jca.verify(Base64.getDecoder().decode(checkpoint.signature())));

        assertFalse(signer.verifies(new Checkpoint(1000, "cd".repeat(32), checkpoint.createdAt(),
                checkpoint.keyId(), checkpoint.signature())));
        assertFalse(signer.verifies(new Checkpoint(1001, checkpoint.hash(), checkpoint.createdAt(),
                checkpoint.keyId(), checkpoint.signature())));
        CheckpointSigner other = new CheckpointSigner(RegistryKeys.signingKey(etc.resolve("o.pem"),
                etc.resolve("o.pub.pem")));
        assertNotEquals(signer.keyId(), other.keyId());
        assertFalse(other.verifies(checkpoint));
    }
}
