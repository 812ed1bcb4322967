package dk.forbind.transparency.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a record's canonical encoding, in lower-case hex. */
public final class RecordHash {
    /** The {@code prevHash} of the first record ever stored. */
    public static final String GENESIS = "0".repeat(64);

    private RecordHash() {
    }

    public static String of(LoggedEvent record) {
        return sha256(CanonicalRecord.encode(record));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
