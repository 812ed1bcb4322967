package dk.forbind.api;

import java.time.Duration;
import java.util.List;

/**
 * How a swap of a connector went: the versions, the outcome and, when the new version failed, why; the pause
 * (from the last message taken by the old version to the first taken by the new; null when no message came in the
 * time the swap waited for one) and each step as reported.
 */
public record SwapReport(String connector, String oldVersion, String newVersion, Outcome outcome, String failure,
                         Duration pause, List<String> steps) {

    public enum Outcome {
        /** The new version runs. */
        SWAPPED,
        /** The new version failed; the old one was put back and runs. */
        ROLLED_BACK,
        /** The new version failed and the old one could not be put back: the connector is down. */
        ROLLBACK_FAILED
    }

    public SwapReport {
        steps = List.copyOf(steps);
    }
}
