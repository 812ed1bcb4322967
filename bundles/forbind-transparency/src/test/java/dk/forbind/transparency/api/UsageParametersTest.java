package dk.forbind.transparency.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.rest.ApiError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageParametersTest {

    @Test
    void aDateBoundCoversTheWholeDayAndAnInstantIsTakenAsWritten() {
        UsageParameters period = UsageParameters.period("2026-03-01", "2026-03-31");
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), period.to());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"),
                UsageParameters.period("2026-03-01T12:00:00Z", null).from());
        assertEquals(Instant.parse("+10000-01-01T00:00:00Z"), UsageParameters.period(null, "9999-12-31").to());
    }

    @Test
    void aBoundBeyondWhatTheRegistryCanHoldIsABadRequest() {
        for (String[] bounds : new String[][] {{null, "+1000000000-12-31T23:59:59Z"}, {"-1000000000-01-01T00:00:00Z",
                null}, {"0001-01-01", null}, {null, "+10000-01-01T00:00:01Z"}}) {
            ApiError refused = assertThrows(ApiError.class, () -> UsageParameters.period(bounds[0], bounds[1]));
            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().contains("lies outside 1970-01-01 to 9999-12-31"), refused.getMessage());
        }
    }

    @Test
    void anUnreadableOrEmptyPeriodIsABadRequest() {
        assertTrue(assertThrows(ApiError.class, () -> UsageParameters.period("last-tuesday", null)).getMessage()
                .contains("neither a date"));
        assertTrue(assertThrows(ApiError.class, () -> UsageParameters.period("2026-03-02", "2026-03-01"))
                .getMessage().contains("the period is empty"));
    }
}
