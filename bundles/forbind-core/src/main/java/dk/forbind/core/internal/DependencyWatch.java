package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.UntrustedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one connector waiting while something it needs is down. A message that failed because of an outage
 * ({@link Outage}) — or any failure while a dependency is known to be down — is held back: it rolls back to its
 * queue instead of being parked. The watch then probes the connector's dependencies; those that do not answer put
 * the connector in {@code WAITING} (its consumers suspended), and it probes them again with growing, jittered
 * back-off until they all answer, then resumes the consumers. An outage of something the connector did not
 * declare cannot be probed: the connector resumes after the back-off and its next message is the probe.
 * One log line when the connector starts waiting, a reminder while it waits, one when it resumes.
 */
final class DependencyWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyWatch.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String UNDECLARED = "undeclared dependency";

    /** What the watch switches: the connector's consumers. */
    interface Consumers {
        void suspend(String why);

        /** Resumes them; returns how many messages waited on the connector's queue, or -1 if unknown. */
        long resume();
    }

    /** Back-off of the probes and how often a continuing outage is logged again. */
    record Timing(Duration firstProbe, Duration longestProbe, Duration reminder) {
    }

    private record Down(Instant since, String problem) {
    }

    private final ConnectorDescriptor connector;
    private final Function<ConnectorDependency, Optional<String>> probe;
    private final ScheduledExecutorService scheduler;
    private final Consumers consumers;
    private final Timing timing;
    private final Clock clock;

    private final Map<String, Down> down = new LinkedHashMap<>();
    private boolean confirming;
    private boolean closed;
    private Duration delay;
    private Instant lastReminder;
    private Instant lastResume = Instant.EPOCH;
    private ScheduledFuture<?> next;

    /** @param probe why a dependency does not answer, or empty when it does */
    DependencyWatch(ConnectorDescriptor connector, Function<ConnectorDependency, Optional<String>> probe,
                    ScheduledExecutorService scheduler, Consumers consumers, Timing timing, Clock clock) {
        this.connector = connector;
        this.probe = probe;
        this.scheduler = scheduler;
        this.consumers = consumers;
        this.timing = timing;
        this.clock = clock;
        this.delay = timing.firstProbe();
    }

    /**
     * Whether a message that failed with {@code failure} must wait on its queue rather than be parked; an invalid
     * message never waits. Called on the consumer's thread; the probing happens elsewhere.
     */
    boolean holdsBack(Throwable failure) {
        if (RetryUnlessInvalid.isInvalidMessage(failure)) {
            return false;
        }
        Optional<String> hint = Outage.of(failure);
        synchronized (this) {
            if (closed || (hint.isEmpty() && down.isEmpty())) {
                return false;
            }
            if (down.isEmpty() && !confirming) {
                confirming = true;
                scheduler.execute(() -> confirm(hint.orElse(Outage.ANY), failure));
            }
            return true;
        }
    }

    /** Why the connector waits, e.g. {@code database down since 12:03:11: Connection refused}; empty if it does not. */
    synchronized Optional<String> waitingFor() {
        if (down.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(down.entrySet().stream().map(e -> e.getKey() + " down since "
                + TIME.format(e.getValue().since().atZone(ZoneId.systemDefault())) + ": " + e.getValue().problem())
                .collect(Collectors.joining("; ")));
    }

    synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    private void confirm(String hint, Throwable failure) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<ConnectorDependency> suspects = connector.dependencies().stream()
                .filter(d -> hint.isEmpty() || d.name().equals(hint)).toList();
        suspects.forEach(d -> probe.apply(d).ifPresent(problem -> problems.put(d.name(), problem)));
        if (suspects.isEmpty()) {
            problems.put(hint.isEmpty() ? UNDECLARED : hint, String.valueOf(failure));
        }
        String why;
        synchronized (this) {
            confirming = false;
            if (closed || problems.isEmpty()) {
                return; // it answers again already: the held-back message is simply delivered again
            }
            Instant now = clock.instant();
            problems.forEach((name, problem) -> down.put(name, new Down(now, UntrustedText.forLog(problem))));
            boolean soonAgain = Duration.between(lastResume, now).compareTo(timing.longestProbe()) < 0;
            delay = soonAgain ? min(delay.multipliedBy(2), timing.longestProbe()) : timing.firstProbe();
            lastReminder = now;
            why = waitingFor().orElseThrow();
        }
        LOG.warn("Connector {} WAITING: {}. Its messages wait on the broker; it resumes when this answers again",
                connector.id(), why);
        // outside the lock: suspending waits for in-flight exchanges, which ask holdsBack
        consumers.suspend(why);
        synchronized (this) {
            if (!closed) {
                schedule();
            }
        }
    }

    private void reprobe() {
        Map<String, Down> current;
        synchronized (this) {
            if (closed) {
                return;
            }
            current = Map.copyOf(down);
        }
        Map<String, Optional<String>> answers = new LinkedHashMap<>();
        for (String name : current.keySet()) {
            Optional<ConnectorDependency> declared = connector.dependencies().stream()
                    .filter(d -> d.name().equals(name)).findFirst();
            answers.put(name, declared.flatMap(probe));
        }
        Instant now = clock.instant();
        boolean answersAgain;
        synchronized (this) {
            if (closed) {
                return;
            }
            answers.forEach((name, problem) -> {
                if (problem.isEmpty()) {
                    down.remove(name);
                }
            });
            answersAgain = down.isEmpty();
            if (answersAgain) {
                lastResume = now;
            } else {
                if (Duration.between(lastReminder, now).compareTo(timing.reminder()) >= 0) {
                    lastReminder = now;
                    LOG.warn("Connector {} still WAITING: {}", connector.id(), waitingFor().orElseThrow());
                }
                delay = min(delay.multipliedBy(2), timing.longestProbe());
                schedule();
            }
        }
        if (answersAgain) {
            Instant since = current.values().stream().map(Down::since).min(Instant::compareTo).orElse(now);
            long messages = consumers.resume();
            LOG.info("Connector {} resumes: {} answers again after {} s; {} messages waited on its queue",
                    connector.id(), String.join(", ", current.keySet()), Duration.between(since, now).toSeconds(),
                    messages < 0 ? "an unknown number of" : Long.toString(messages));
        }
    }

    private void schedule() {
        long millis = delay.toMillis();
        long jittered = millis + ThreadLocalRandom.current().nextLong(-millis / 5, millis / 5 + 1);
        next = scheduler.schedule(this::reprobe, Math.max(1, jittered), TimeUnit.MILLISECONDS);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
