package dk.forbind.api.overview;

import java.util.Objects;

/**
 * One piece of data an authority holds: what it is ({@code label}) and its value as the citizen should read it —
 * the same in both languages for names and numbers, worded in each for a status or a kind.
 */
public record HeldField(Wording label, Wording value) {
    public HeldField {
        Objects.requireNonNull(label, "label");
        value = value == null ? Wording.of("") : value;
    }

    /** A field whose value reads the same in both languages. */
    public static HeldField of(String da, String en, String value) {
        return new HeldField(new Wording(da, en), Wording.of(value == null ? "" : value));
    }
}
