package dk.forbind.api.overview;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One source's part of an overview: the connector, how it went, how long it took, and what it holds (present only
 * when it answered).
 */
public record SourceAnswer(SubjectSources.Source source, Status status, Duration took, Holdings holdings,
                           String reason) {
    /** How a source answered. */
    public enum Status {
        /** It answered in time. */
        ANSWERED,
        /** It failed or does not run: not available now. */
        UNAVAILABLE,
        /** It gave no answer within the time-out: not available now. */
        TIMED_OUT
    }

    public SourceAnswer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
        if ((status == Status.ANSWERED) != (holdings != null)) {
            throw new IllegalArgumentException("a source has holdings exactly when it answered");
        }
    }

    public Optional<Holdings> answer() {
        return Optional.ofNullable(holdings);
    }
}
