package dk.forbind.digitalpost.letter;

import dk.forbind.api.DataSubject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the platform knows of a letter: who sent it (the sender id and the agency system that handed it in), to
 * whom, its label and case, where it is, on which channel, Digital Post's transaction id, and its history.
 * The content itself is not part of it.
 */
public record LetterRecord(UUID uuid, String senderId, String senderSystem, DataSubject recipient, String label,
                           String caseId, LetterStatus status, String channel, String transactionId,
                           long contentBytes, Instant acceptedAt, Instant updatedAt, boolean contentKept,
                           List<StatusChange> history) {

    public LetterRecord {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public Optional<String> caseIdIfAny() {
        return Optional.ofNullable(caseId);
    }

    /** The same record with its history. */
    LetterRecord withHistory(List<StatusChange> changes) {
        return new LetterRecord(uuid, senderId, senderSystem, recipient, label, caseId, status, channel, transactionId,
                contentBytes, acceptedAt, updatedAt, contentKept, changes);
    }
}
