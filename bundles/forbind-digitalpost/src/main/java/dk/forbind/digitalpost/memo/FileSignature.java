package dk.forbind.digitalpost.memo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Whether a file's first bytes are those of the type it claims (for types that have a signature). */
final class FileSignature {
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private FileSignature() {
    }

    /** Why the content is not of the declared type, or empty when it is (or the type has no signature). */
    static Optional<String> mismatch(String type, byte[] content) {
        byte[] signature = SIGNATURES.get(type);
        if (signature == null || (content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length))) {
            return Optional.empty();
        }
        return Optional.of("declared " + type + " but its content is not " + type);
    }
}
