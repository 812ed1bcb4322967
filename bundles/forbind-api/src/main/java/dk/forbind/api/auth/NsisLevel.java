package dk.forbind.api.auth;

import java.util.Locale;

/**
 * NSIS level of assurance of a login (the Danish national standard for identity assurance levels):
 * Low, Substantial, High, ordered. Tokens carry it as a name or as the OIOSAML 3 URI
 * {@code https://data.gov.dk/concept/core/nsis/loa/Substantial}.
 */
public enum NsisLevel {
    LOW("Low"), SUBSTANTIAL("Substantial"), HIGH("High");

    public static final String URI_PREFIX = "https://data.gov.dk/concept/core/nsis/loa/";
    private final String label;

    NsisLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String uri() {
        return URI_PREFIX + label;
    }

    public boolean atLeast(NsisLevel minimum) {
        return compareTo(minimum) >= 0;
    }

    /**
     * Parses {@code Substantial}, {@code substantial}, {@code SUBSTANTIAL} or the URI form; nothing else
     * (no case folding of other letters: {@code hıgh} with a dotless i is not High).
     */
    public static NsisLevel parse(String value) {
        if (value != null) {
            String name = value.strip();
            if (name.startsWith(URI_PREFIX)) {
                name = name.substring(URI_PREFIX.length());
            }
            for (NsisLevel level : values()) {
                if (name.equals(level.label) || name.equals(level.name())
                        || name.equals(level.label.toLowerCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException("unknown NSIS level of assurance '" + value + "'; expected Low,"
                + " Substantial or High (or " + URI_PREFIX + "<level>)");
    }
}
