package dk.forbind.api.person;

import java.util.Objects;

/**
 * A person as registers exchange them: CPR number, names and address. Its JSON form
 * ({@link #toJson()}) is the body of person messages on the broker.
 */
public record PersonRecord(String cpr, String firstNames, String surname, String street, String postcode,
                           String city) {

    public PersonRecord {
        Objects.requireNonNull(cpr, "cpr");
        firstNames = Objects.requireNonNullElse(firstNames, "");
        surname = Objects.requireNonNullElse(surname, "");
        street = Objects.requireNonNullElse(street, "");
        postcode = Objects.requireNonNullElse(postcode, "");
        city = Objects.requireNonNullElse(city, "");
    }

    /** {@code {"cpr":...,"firstNames":...,"surname":...,"street":...,"postcode":...,"city":...}} */
    public String toJson() {
        return "{\"cpr\":" + quote(cpr) + ",\"firstNames\":" + quote(firstNames) + ",\"surname\":" + quote(surname)
                + ",\"street\":" + quote(street) + ",\"postcode\":" + quote(postcode) + ",\"city\":" + quote(city)
                + "}";
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
