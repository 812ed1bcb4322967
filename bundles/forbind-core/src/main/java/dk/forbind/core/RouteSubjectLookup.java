package dk.forbind.core;

import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;

/**
 * A connector whose own routes answer the subject look-up of a citizen's overview — a route-file connector, say —
 * instead of Java code ({@link SubjectLookup}): a route from {@link #ENDPOINT} that reads the subject from the
 * {@code ForbindSubjectType} and {@code ForbindSubjectId} headers and answers the holdings as JSON
 * ({@link HoldingsJson}). The platform calls it inside the connector's context, records the look-up as the citizen's
 * own request, and runs that route without redelivery or dead letters: a failure goes back to the page.
 */
public interface RouteSubjectLookup {
    String ENDPOINT = "direct:subject-lookup";

    /** What the citizen reads as the name of this source: the register and its authority. */
    Wording title();
}
