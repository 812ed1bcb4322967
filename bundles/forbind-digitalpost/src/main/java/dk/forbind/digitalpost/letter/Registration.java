package dk.forbind.digitalpost.letter;

/**
 * What registering a letter found: a new letter, the same letter again (same UUID, same content — delivered
 * once all the same), or a different letter reusing a UUID (refused).
 */
public record Registration(Outcome outcome, LetterRecord letter) {

    /** The three answers. */
    public enum Outcome {
        NEW, SAME, CONFLICT
    }
}
