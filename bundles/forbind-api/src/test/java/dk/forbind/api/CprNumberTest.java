package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CprNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0101901234, 1990-01-01",   // 7th digit 0-3: 1900s
        "0101374234, 1937-01-01",   // 4 with yy 37-99: 1900s
        "0101364234, 2036-01-01",   // 4 with yy 00-36: 2000s
        "0101575234, 2057-01-01",   // 5-8 with yy 00-57: 2000s
        "0101585234, 1858-01-01",   // 5-8 with yy 58-99: 1800s
        "0101999234, 1999-01-01",   // 9 with yy 37-99: 1900s
        "2902009234, 2000-02-29"    // leap day, 2000s
    })
    void centuryFollowsTheSeventhDigit(String cpr, String birth) {
        assertEquals(LocalDate.parse(birth), CprNumber.birthDate(cpr));
        assertEquals(Optional.empty(), CprNumber.problem(cpr));
    }

    @ParameterizedTest
    @CsvSource({"3102901234", "2902011234", "0013901234", "0000901234"})
    void impossibleDatesAreRefused(String cpr) {
        assertTrue(CprNumber.problem(cpr).orElseThrow().contains("is not a date"));
    }

    @ParameterizedTest
    @CsvSource({"010190123", "01019012345", "010190123X", "'0101 01234'"})
    void onlyTenDigitsAreANumber(String cpr) {
        assertEquals(Optional.of("CPR number must be 10 digits"), CprNumber.problem(cpr));
    }

    @Test
    void modulus11IsNotRequired() {
        // 0101901235 fails the old modulus-11 check; such numbers are issued since 2007
        assertEquals(Optional.empty(), CprNumber.problem("0101901235"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Value '0101901234' is not facet-valid|Value '010190****' is not facet-valid",
            "cpr 010190-1234 and 2202902345.|cpr 010190**** and 220290****.",
            "case BS-2026-000017, 12345678901 digits, CVR 29190623|case BS-2026-000017, 12345678901 digits, CVR 29190623"})
    void cprNumbersInTextAreMaskedAndNothingElse(String text, String masked) {
        assertEquals(masked, CprNumber.maskedIn(text));
    }
}
