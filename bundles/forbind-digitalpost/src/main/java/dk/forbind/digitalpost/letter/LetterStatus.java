package dk.forbind.digitalpost.letter;

/**
 * Where a letter is. A status never goes back: a late answer (a receipt that overtook the send's own answer, a
 * redelivered send) is kept in the history but does not move the letter backwards.
 */
public enum LetterStatus {
    /** Taken in and checked; waiting to be sent. */
    ACCEPTED(0),
    /** Handed to Digital Post; waiting for its receipt. */
    SENT(1),
    /** Handed to the print service (the recipient is exempt or not registered); waiting for its receipt. */
    PAPER(1),
    /** Digital Post or the print service says it reached the recipient. */
    DELIVERED(2),
    /** Digital Post or the print service says it could not be delivered (the receipt's codes say why). */
    FAILED(2);

    private final int rank;

    LetterStatus(int rank) {
        this.rank = rank;
    }

    /** Whether a letter in this status may move to {@code next}. */
    public boolean mayBecome(LetterStatus next) {
        return next.rank > rank;
    }

    /** Whether the letter has left the platform (sent, printed or settled). */
    public boolean handedOver() {
        return rank >= 1;
    }

    /** Whether nothing more happens to the letter. */
    public boolean settled() {
        return rank == 2;
    }
}
