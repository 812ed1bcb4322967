package dk.forbind.connector.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The case ids a list look-up records fit the registry's case id, and say how many did not. */
class CaseLookupTest {

    @Test
    void fewCaseIdsAreAllRecordedManyAreCutWithACount() {
        assertNull(CaseLookup.caseIds(List.of()));
        assertEquals("BS-2026-000001,BS-2026-000002", CaseLookup.caseIds(List.of("BS-2026-000001", "BS-2026-000002")));
        List<String> many = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("BS-2026-%06d", i)).toList();
        String recorded = CaseLookup.caseIds(many);
        assertTrue(recorded.length() <= 200, recorded);
        assertTrue(recorded.startsWith("BS-2026-000001,BS-2026-000002,"), recorded);
        int shown = recorded.split(" ")[0].split(",").length;
        assertTrue(recorded.endsWith(" +" + (40 - shown) + " more"), recorded);
    }
}
