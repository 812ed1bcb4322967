package dk.forbind.connector.personregister;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.person.PersonRecord;
import java.util.List;
import java.util.Optional;

/** A person's row in the person register, as the person sees it in their overview. */
final class PersonHoldings {
    static final Wording TITLE = new Wording("Personregister (navn og adresse)", "Person register (name and address)");

    private PersonHoldings() {
    }

    static Holdings of(Optional<PersonRecord> row) {
        return new Holdings(row.map(person -> List.of(new HeldItem(
                new Wording("Dine oplysninger i registret", "Your entry in the register"), List.of(
                        HeldField.of("CPR-nummer", "CPR number", person.cpr().substring(0, 6) + "-"
                                + person.cpr().substring(6)),
                        HeldField.of("Fornavne", "First names", person.firstNames()),
                        HeldField.of("Efternavn", "Surname", person.surname()),
                        HeldField.of("Adresse", "Address", person.street()),
                        HeldField.of("Postnummer og by", "Postcode and town",
                                (person.postcode() + " " + person.city()).strip())))))
                .orElse(List.of()));
    }
}
