package dk.forbind.connector.personregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.overview.Holdings;
import dk.forbind.api.person.PersonRecord;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonHoldingsTest {

    @Test
    void aPersonSeesTheirRowFieldByFieldInBothLanguages() {
        Holdings held = PersonHoldings.of(Optional.of(new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3",
                "2200", "København N")));
        assertEquals(1, held.items().size());
        var fields = held.items().get(0).fields();
        assertEquals("150572-4321", fields.get(0).value().da());
        assertEquals("Søren", fields.get(1).value().en());
        assertEquals("2200 København N", fields.get(4).value().da());
        assertEquals("Efternavn", fields.get(2).label().in(Locale.forLanguageTag("da")));
        assertEquals("Surname", fields.get(2).label().in(Locale.ENGLISH));
        assertEquals(5, fields.stream().map(f -> f.value().da()).filter(v -> !v.isEmpty()).count());
    }

    @Test
    void someoneNotInTheRegisterSeesThatItHoldsNothing() {
        Holdings held = PersonHoldings.of(Optional.empty());
        assertTrue(held.items().isEmpty());
    }
}
