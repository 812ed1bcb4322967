package dk.forbind.api.overview;

import java.util.List;
import java.util.Objects;

/** One thing an authority holds about the subject — a register entry, a letter, a case — and its fields. */
public record HeldItem(Wording heading, List<HeldField> fields) {
    public HeldItem {
        Objects.requireNonNull(heading, "heading");
        fields = List.copyOf(fields);
    }
}
