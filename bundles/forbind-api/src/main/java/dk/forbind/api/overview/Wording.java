package dk.forbind.api.overview;

import java.util.Locale;
import java.util.Objects;

/** A text a citizen reads, in Danish (the default) and English. */
public record Wording(String da, String en) {
    public Wording {
        Objects.requireNonNull(da, "Danish text");
        en = en == null || en.isBlank() ? da : en;
    }

    /** The same text in both languages: names, numbers, dates. */
    public static Wording of(String text) {
        return new Wording(text, text);
    }

    /** The text in {@code language}: English for {@code en}, Danish for anything else. */
    public String in(Locale language) {
        return "en".equals(language.getLanguage()) ? en : da;
    }
}
