package dk.forbind.digitalpost.letter;

import dk.forbind.api.DataSubject;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.digitalpost.memo.MemoWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A letter about to be registered: its canonical MeMo (as the platform writes it, so an XML and a JSON submission
 * of the same letter are the same letter) and the SHA-256 that tells a resubmission from another letter reusing
 * the UUID.
 */
public record NewLetter(UUID uuid, String senderId, String senderSystem, DataSubject recipient, String label,
                        String caseId, long contentBytes, byte[] memo, String sha256, String correlationId) {

    public static NewLetter of(MemoLetter letter, String senderSystem, String correlationId) {
        byte[] memo = MemoWriter.write(letter);
        return new NewLetter(letter.uuid(), letter.senderId(), senderSystem, letter.recipient(), letter.label(),
                letter.caseId().orElse(null), letter.contentBytes(), memo, sha256(memo), correlationId);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "letter " + uuid;
    }
}
