package dk.forbind.digitalpost.letter;

import java.time.Instant;

/** One step of a letter's history: when, which status, and the code and detail a receipt or a send gave. */
public record StatusChange(Instant at, LetterStatus status, String code, String detail) {
}
