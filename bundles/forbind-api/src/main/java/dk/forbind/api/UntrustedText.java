package dk.forbind.api;

/**
 * Text that a caller chose (a token's claims, a request path, a header) made safe to write into a log:
 * control characters, line and paragraph separators and bidirectional overrides become {@code \}{@code uXXXX}
 * escapes, so a value cannot start a forged log line or hide what follows it, and a long value is cut.
 */
public final class UntrustedText {
    /** Longer values are cut to this many characters, with a note of how many were dropped. */
    public static final int MAX_LOGGED = 500;

    private UntrustedText() {
    }

    public static String forLog(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int shown = Math.min(text.length(), MAX_LOGGED);
        StringBuilder safe = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        if (text.length() > shown) {
            safe.append("... (").append(text.length() - shown).append(" more characters)");
        }
        return safe.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
