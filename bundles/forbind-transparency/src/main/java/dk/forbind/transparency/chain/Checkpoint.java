package dk.forbind.transparency.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement "the record at {@code seq} has hash {@code hash}", made at {@code createdAt}
 * with the key {@code keyId}. Altering, inserting or deleting any record at or before {@code seq}
 * changes that hash, which nobody without the registry's private key can sign again.
 */
public record Checkpoint(long seq, String hash, Instant createdAt, String keyId, String signature) {
    public static final String FORMAT = "forbind-transparency-checkpoint/1";

    /** The exact bytes that are signed (format version 1, see docs/transparency.md). */
    public static byte[] signedBytes(long seq, String hash, Instant createdAt, String keyId) {
        String text = FORMAT + "\nseq:" + seq + "\nhash:" + hash + "\ncreatedAt:" + CanonicalRecord.instant(createdAt)
                + "\nkeyId:" + keyId + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedBytes() {
        return signedBytes(seq, hash, createdAt, keyId);
    }
}
