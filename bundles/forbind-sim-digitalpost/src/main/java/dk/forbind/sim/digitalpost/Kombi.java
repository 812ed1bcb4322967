package dk.forbind.sim.digitalpost;

import java.util.UUID;

/**
 * A kombi request that passed the checks: the channel asked for, the letter, its recipient and, on paper, the
 * address the print service puts on the envelope.
 */
record Kombi(String choice, UUID messageUuid, String recipientType, String recipientId, String label,
             String printAddress) {

    boolean onPaper() {
        return "Fysisk Post".equals(choice);
    }
}
