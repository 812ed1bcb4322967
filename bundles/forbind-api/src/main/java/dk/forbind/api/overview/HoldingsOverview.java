package dk.forbind.api.overview;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;

/** Asks every source in parallel what it holds about a subject, each within a time-out. */
public interface HoldingsOverview {

    /**
     * @param asker   who asks: the subject themselves, or someone holding a power of attorney for them
     * @param subject whom it is about
     * @throws IllegalArgumentException when {@code asker} may not read about {@code subject}
     */
    Overview of(ForbindPrincipal asker, DataSubject subject);
}
