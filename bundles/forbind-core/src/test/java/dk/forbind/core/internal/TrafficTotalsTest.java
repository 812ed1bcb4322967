package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.forbind.api.ConnectorTotals;
import dk.forbind.api.SwapReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A connector's totals only grow, over every version and swap. */
class TrafficTotalsTest {
    private final TrafficTotals totals = new TrafficTotals("c");

    @Test
    void processingTimesAreCountedCumulativelyByUpperBound() {
        totals.taken();
        totals.finished(3_000_000, false); // 3 ms
        totals.taken();
        totals.finished(40_000_000, false); // 40 ms
        totals.taken();
        totals.finished(60_000_000_000L, true); // a minute: above every bound

        ConnectorTotals t = totals.snapshot();
        assertEquals(3, t.messagesIn());
        assertEquals(2, t.messagesOut());
        assertEquals(1, t.messagesFailed());
        assertEquals(3, t.processingSeconds().count());
        assertEquals(60.043, t.processingSeconds().sum(), 1e-9);
        long[] expected = {1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        assertArrayEquals(expected, t.processingSeconds().cumulativeCounts());
    }

    @Test
    void aMessageGivenBackIsCountedNotSubtracted() {
        totals.taken();
        totals.returned();
        totals.taken();
        totals.finished(1_000_000, false);
        ConnectorTotals t = totals.snapshot();
        assertEquals(2, t.messagesIn());
        assertEquals(1, t.messagesReturned());
        assertEquals(1, t.messagesOut());
    }

    @Test
    void swapsAndRollbacksAreCountedAndPausesKept() {
        totals.swapped(report(SwapReport.Outcome.SWAPPED, Duration.ofMillis(120)));
        totals.swapped(report(SwapReport.Outcome.ROLLED_BACK, null));
        ConnectorTotals t = totals.snapshot();
        assertEquals(2, t.swaps());
        assertEquals(1, t.swapsRolledBack());
        assertEquals(Duration.ofMillis(120), t.lastSwapPause());
        assertEquals(1, t.swapPauseSeconds().count());
        assertNull(new TrafficTotals("d").snapshot().lastSwapPause());
    }

    private static SwapReport report(SwapReport.Outcome outcome, Duration pause) {
        return new SwapReport("c", "1", "2", outcome, null, pause, List.of());
    }
}
