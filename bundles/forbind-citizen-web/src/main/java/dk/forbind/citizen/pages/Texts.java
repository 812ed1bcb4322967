package dk.forbind.citizen.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The pages' words in one language ({@code borger/texts_<language>.properties}, UTF-8). A missing key shows as the
 * key itself, so it is seen rather than hidden. {@code {0}}, {@code {1}} are replaced, escaped, by {@link #html}.
 */
public final class Texts {
    public static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Texts DA = load(DANISH);
    private static final Texts EN = load(Locale.ENGLISH);

    private final Locale language;
    private final Properties words;

    private Texts(Locale language, Properties words) {
        this.language = language;
        this.words = words;
    }

    /** English for {@code en}, Danish for everything else. */
    public static Texts in(Locale language) {
        return "en".equals(language.getLanguage()) ? EN : DA;
    }

    public Locale language() {
        return language;
    }

    /** The other language of the two. */
    public Texts other() {
        return this == DA ? EN : DA;
    }

    /** The words, raw (not escaped). */
    public String raw(String key, String... values) {
        String text = words.getProperty(key, key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i] == null ? "" : values[i]);
        }
        return text;
    }

    /** The words, escaped for HTML, with the values (escaped too) filled in. */
    public String html(String key, String... values) {
        return Html.text(raw(key, values));
    }

    private static Texts load(Locale language) {
        Properties words = new Properties();
        String name = "/borger/texts_" + language.getLanguage() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(language, words);
    }
}
