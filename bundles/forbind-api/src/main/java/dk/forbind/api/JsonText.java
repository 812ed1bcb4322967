package dk.forbind.api;

import java.util.List;

/**
 * Writes one JSON object as text, field by field, straight into a buffer (RFC 8259 escaping, U+2028/U+2029 escaped
 * too): for the messages the platform writes once per exchange, where building a map of maps first cost more than
 * the rest of the work, and for documents in bundles that carry no JSON library. {@link #quote(String)} writes a
 * single string.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder text = new StringBuilder(768);
    private boolean first = true;

    public JsonText() {
        text.append('{');
    }

    public JsonText field(String name, String value) {
        name(name);
        value(value);
        return this;
    }

    public JsonText field(String name, boolean value) {
        name(name);
        text.append(value);
        return this;
    }

    public JsonText field(String name, long value) {
        name(name);
        text.append(value);
        return this;
    }

    public JsonText field(String name, List<String> values) {
        name(name);
        text.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            value(values.get(i));
        }
        text.append(']');
        return this;
    }

    /** Opens an object as the value of {@code name}; its fields follow, then {@link #end()}. */
    public JsonText object(String name) {
        name(name);
        text.append('{');
        first = true;
        return this;
    }

    public JsonText end() {
        text.append('}');
        first = false;
        return this;
    }

    /** The text, with the outermost object closed. */
    public String close() {
        return text.append('}').toString();
    }

    /** {@code value} as a JSON string in quotes, or {@code null}. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2);
        string(out, value);
        return out.toString();
    }

    private void name(String name) {
        if (!first) {
            text.append(',');
        }
        first = false;
        string(text, name);
        text.append(':');
    }

    private void value(String value) {
        if (value == null) {
            text.append("null");
        } else {
            string(text, value);
        }
    }

    private static void string(StringBuilder text, String value) {
        text.append('"');
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        text.append(value, 0, plain); // most text needs no escape: copied at once
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (needsEscape(c)) {
                        text.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
    }
}
