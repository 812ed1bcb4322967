package dk.forbind.digitalpost.sf1601;

import dk.forbind.api.DataSubject;
import dk.forbind.api.person.PersonRecord;

/** Who a printed letter goes to and where: the recipient's id, name and postal address. */
public record PrintRecipient(DataSubject recipient, String name, String street, String postcode, String city) {

    public static PrintRecipient of(DataSubject recipient, PersonRecord person) {
        return new PrintRecipient(recipient, (person.firstNames() + " " + person.surname()).strip(), person.street(),
                person.postcode(), person.city());
    }

    /** Whether there is an address to print on the envelope. */
    public boolean hasAddress() {
        return !street.isBlank() && postcode.matches("\\d{4}") && !city.isBlank();
    }
}
