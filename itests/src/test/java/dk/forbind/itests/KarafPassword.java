package dk.forbind.itests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A password as the distribution stores it in its JAAS users files: a SHA-512 digest in {CRYPT} marks. */
final class KarafPassword {
    private KarafPassword() {
    }

    static String digest(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8));
            return "{CRYPT}" + HexFormat.of().withUpperCase().formatHex(hash) + "{CRYPT}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
