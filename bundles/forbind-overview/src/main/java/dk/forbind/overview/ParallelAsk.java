package dk.forbind.overview;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SourceAnswer;
import dk.forbind.api.overview.SubjectSources;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every source at once and waits for each at most the time-out, counted from when the overview began: the whole
 * answer never takes much longer than the time-out, however many sources there are. A source that failed, does not
 * run, or gave no answer in time is in the answer as not available, with the reason; the rest is shown. A look-up
 * that outlives its time-out is not interrupted (its connector finishes it and the registry records it), its answer
 * is just not waited for.
 */
final class ParallelAsk {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelAsk.class);

    private final SubjectSources sources;
    private final ExecutorService threads;
    private final Duration timeout;
    private final Clock clock;

    ParallelAsk(SubjectSources sources, ExecutorService threads, Duration timeout, Clock clock) {
        this.sources = sources;
        this.threads = threads;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when {@code asker} may not see {@code subject}'s data */
    Overview of(ForbindPrincipal asker, DataSubject subject) {
        if (!asker.mayReadAbout(subject)) {
            throw new IllegalArgumentException(asker.name() + " may not see what is held about " + subject.masked());
        }
        long began = System.nanoTime();
        Map<SubjectSources.Source, Future<Timed>> asked = new LinkedHashMap<>();
        List<SourceAnswer> answers = new ArrayList<>();
        for (SubjectSources.Source source : sources.sources()) {
            try {
                asked.put(source, threads.submit(() -> timed(() -> sources.ask(source.connector(), subject, asker))));
            } catch (RejectedExecutionException busy) {
                answers.add(new SourceAnswer(source, SourceAnswer.Status.UNAVAILABLE, Duration.ZERO, null,
                        "too many look-ups at once on this node"));
            }
        }
        long deadline = began + timeout.toNanos();
        asked.forEach((source, future) -> answers.add(await(source, future, began, deadline, subject)));
        answers.sort((a, b) -> a.source().connector().compareTo(b.source().connector()));
        return new Overview(subject, clock.instant(), answers);
    }

    private SourceAnswer await(SubjectSources.Source source, Future<Timed> future, long began, long deadline,
                               DataSubject subject) {
        try {
            Timed answered = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new SourceAnswer(source, SourceAnswer.Status.ANSWERED, answered.took(), answered.holdings(), null);
        } catch (TimeoutException e) {
            LOG.warn("Overview: {} gave no answer about {} within {} ms", source.connector(), subject.masked(),
                    timeout.toMillis());
            return new SourceAnswer(source, SourceAnswer.Status.TIMED_OUT, since(began), null,
                    "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            TimedFailure failed = (TimedFailure) e.getCause();
            Throwable cause = failed.getCause();
            LOG.warn("Overview: {} could not say what it holds about {}: {}", source.connector(), subject.masked(),
                    cause.toString());
            return new SourceAnswer(source, SourceAnswer.Status.UNAVAILABLE, failed.took, null,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SourceAnswer(source, SourceAnswer.Status.UNAVAILABLE, since(began), null, "interrupted");
        }
    }

    private static Duration since(long began) {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** A source's answer and how long that source took, from when its own look-up began. */
    private record Timed(Holdings holdings, Duration took) {
    }

    /** A source's failure and how long it took to fail. */
    private static final class TimedFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Duration took;

        TimedFailure(Throwable cause, Duration took) {
            super(cause);
            this.took = took;
        }
    }

    private interface LookUp {
        Holdings run() throws Exception;
    }

    private static Timed timed(LookUp lookUp) throws TimedFailure {
        long began = System.nanoTime();
        try {
            return new Timed(lookUp.run(), since(began));
        } catch (Exception e) {
            throw new TimedFailure(e, since(began));
        }
    }
}
