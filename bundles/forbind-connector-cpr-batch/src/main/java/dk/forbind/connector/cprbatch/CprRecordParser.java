package dk.forbind.connector.cprbatch;

import static dk.forbind.connector.cprbatch.CprBatchLayout.CITY;
import static dk.forbind.connector.cprbatch.CprBatchLayout.CPR;
import static dk.forbind.connector.cprbatch.CprBatchLayout.FIRST_NAMES;
import static dk.forbind.connector.cprbatch.CprBatchLayout.POSTCODE;
import static dk.forbind.connector.cprbatch.CprBatchLayout.STREET;
import static dk.forbind.connector.cprbatch.CprBatchLayout.SURNAME;

import dk.forbind.api.CprNumber;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.person.PersonRecord;

/** Reads one 001 person record; anything wrong with it is an {@link InvalidMessageException}. */
final class CprRecordParser {

    private CprRecordParser() {
    }

    static PersonRecord parse(String line) {
        if (line == null || line.isEmpty()) {
            throw new InvalidMessageException("empty record");
        }
        String type = CprBatchLayout.recordType(line);
        if (!CprBatchLayout.PERSON.equals(type)) {
            throw new InvalidMessageException("record type '" + type + "' is not a person record ("
                    + CprBatchLayout.PERSON + ")");
        }
        if (line.length() < CprBatchLayout.PERSON_MIN_LENGTH || line.length() > CprBatchLayout.PERSON_LENGTH) {
            throw new InvalidMessageException("person record has " + line.length() + " characters; it must have "
                    + CprBatchLayout.PERSON_LENGTH + " (trailing spaces after the postcode may be left out)");
        }
        String cpr = CPR.in(line);
        CprNumber.problem(cpr).ifPresent(p -> {
            throw new InvalidMessageException(p);
        });
        String surname = SURNAME.in(line);
        if (surname.isEmpty()) {
            throw new InvalidMessageException("surname (positions " + SURNAME.from() + "-" + SURNAME.to()
                    + ") is empty");
        }
        String postcode = POSTCODE.in(line);
        if (!postcode.matches("\\d{4}")) {
            throw new InvalidMessageException("postcode '" + postcode + "' is not 4 digits");
        }
        return new PersonRecord(cpr, FIRST_NAMES.in(line), surname, STREET.in(line), postcode, CITY.in(line));
    }
}
