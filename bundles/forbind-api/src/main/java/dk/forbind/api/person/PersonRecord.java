package dk.forbind.api.person;

import dk.forbind.api.JsonText;
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
        return new JsonText().field("cpr", cpr).field("firstNames", firstNames).field("surname", surname)
                .field("street", street).field("postcode", postcode).field("city", city).close();
    }
}
