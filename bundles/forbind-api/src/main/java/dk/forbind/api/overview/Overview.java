package dk.forbind.api.overview;

import dk.forbind.api.DataSubject;
import java.time.Instant;
import java.util.List;

/** What the authorities on this node hold about a subject, source by source; partial when a source did not answer. */
public record Overview(DataSubject subject, Instant askedAt, List<SourceAnswer> sources) {
    public Overview {
        sources = List.copyOf(sources);
    }

    /** Whether some source did not answer. */
    public boolean partial() {
        return sources.stream().anyMatch(s -> s.status() != SourceAnswer.Status.ANSWERED);
    }
}
