package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"29190623", "25798376", "34051178"})
    void acceptsNumbersTheRegisterIssues(String cvr) {
        assertEquals(Optional.empty(), CvrNumber.problem(cvr));
    }

    @ParameterizedTest
    @CsvSource({
        "29190624, CVR number 29190624 fails the modulus-11 check",
        "1234567, CVR number must be 8 digits",
        "2919062x, CVR number must be 8 digits",
        "09190623, CVR number cannot start with 0"
    })
    void namesWhatIsWrong(String cvr, String problem) {
        assertEquals(Optional.of(problem), CvrNumber.problem(cvr));
    }
}
