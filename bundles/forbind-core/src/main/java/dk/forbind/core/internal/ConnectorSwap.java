package dk.forbind.core.internal;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.SwapReport;
import dk.forbind.api.SwapReport.Outcome;
import dk.forbind.core.VersionChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One swap of a connector's version: suspend → drain → stop → update → start (consumers held) → resume, each
 * step reported as it happens; when the new version fails to come up, the old one is put back the same way. The
 * pause is measured from the last message the old version took to the first the new one took.
 */
final class ConnectorSwap {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorSwap.class);

    /** What the swap needs of the runtime. */
    interface Host {
        <T> T onLifecycle(Callable<T> task) throws Exception;

        /** The connector with this id other than those given, once it has started or failed to (empty on time-out). */
        Optional<DeployedConnector> awaitDeployed(String id, Set<DeployedConnector> not) throws InterruptedException;

        /**
         * Ends the hold a swap started the version with: it takes messages, or stays as an operator kept it — stopped
         * when the old version was stopped.
         */
        void release(DeployedConnector version, boolean keepStopped) throws Exception;
    }

    /** How long the swap waits for the new version to come up, and then for its first message. */
    record Timing(Duration start, Duration firstMessage) {
    }

    private final DeployedConnector old;
    private final VersionChange change;
    private final Host host;
    private final Timing timing;
    private final Consumer<String> listener;
    private final List<String> steps = new ArrayList<>();

    ConnectorSwap(DeployedConnector old, VersionChange change, Host host, Timing timing, Consumer<String> listener) {
        this.old = old;
        this.change = change;
        this.host = host;
        this.timing = timing;
        this.listener = listener;
    }

    SwapReport run() throws Exception {
        String id = old.descriptor().id();
        String oldVersion = old.status().version();
        boolean wasStopped = old.state() == ConnectorState.STOPPED;
        long suspending = System.nanoTime();
        int inFlight = host.onLifecycle(() -> old.suspendHeld("being swapped"));
        step("suspend: %s %s takes no more messages (%d in flight)", id, oldVersion, inFlight);
        int left = old.inFlight();
        step("drain: %d in-flight exchanges finished in %d ms%s", inFlight - left, millisSince(suspending),
                left == 0 ? "" : "; " + left + " did not finish in the drain time and go back to their queue");
        host.onLifecycle(() -> {
            old.stop();
            return null;
        });
        long lastTaken = old.traffic().lastTaken();
        step("stop: %s %s stopped", id, oldVersion);

        Set<DeployedConnector> failed = new HashSet<>(Set.of(old));
        String failure = null;
        Optional<DeployedConnector> fresh = Optional.empty();
        try {
            change.apply();
            step("update: %s", change.describe());
            fresh = host.awaitDeployed(id, failed);
            failure = problemOf(id, fresh, "the new version");
        } catch (Exception e) {
            failure = "the new version did not install: " + e.getMessage();
        }
        if (failure == null) {
            DeployedConnector started = fresh.orElseThrow();
            String newVersion = started.status().version();
            step("start: %s %s started, its consumers held", id, newVersion);
            return resume(started, lastTaken, wasStopped, new Result(oldVersion, newVersion, Outcome.SWAPPED, null));
        }
        step("failed: %s", failure);
        fresh.ifPresent(failed::add);
        return rollBack(id, oldVersion, failure, failed, lastTaken, wasStopped);
    }

    private SwapReport rollBack(String id, String oldVersion, String failure, Set<DeployedConnector> failed,
                                long lastTaken, boolean wasStopped) throws Exception {
        Optional<DeployedConnector> restored;
        try {
            change.undo();
            step("roll back: %s %s put back", id, oldVersion);
            restored = host.awaitDeployed(id, failed);
        } catch (Exception e) {
            step("roll back failed: %s", e.getMessage());
            return report(new Result(oldVersion, null, Outcome.ROLLBACK_FAILED, failure), null);
        }
        String problem = problemOf(id, restored, "the old version");
        if (problem != null) {
            step("roll back failed: %s", problem);
            return report(new Result(oldVersion, null, Outcome.ROLLBACK_FAILED, failure), null);
        }
        return resume(restored.orElseThrow(), lastTaken, wasStopped,
                new Result(oldVersion, null, Outcome.ROLLED_BACK, failure));
    }

    private SwapReport resume(DeployedConnector version, long lastTaken, boolean keepStopped, Result result)
            throws Exception {
        host.onLifecycle(() -> {
            host.release(version, keepStopped);
            return null;
        });
        step("resume: %s %s is %s", version.descriptor().id(), version.status().version(),
                version.state() == ConnectorState.RUNNING ? "taking messages"
                        : version.state() + " as an operator kept it");
        Duration pause = pause(version, lastTaken);
        step(pause == null ? "pause: not measured (no message taken before, or none after within %d s)"
                : "pause: %d ms from the last message taken by the old version to the first taken by the new",
                pause == null ? timing.firstMessage().toSeconds() : pause.toMillis());
        return report(result, pause);
    }

    /** Waits (bounded) for the first message the version takes; null when there is nothing to measure. */
    private Duration pause(DeployedConnector version, long lastTaken) throws InterruptedException {
        if (lastTaken == TrafficCounter.NONE || version.state() != ConnectorState.RUNNING) {
            return null;
        }
        long deadline = System.nanoTime() + timing.firstMessage().toNanos();
        while (version.traffic().firstTaken() == TrafficCounter.NONE && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        long first = version.traffic().firstTaken();
        return first == TrafficCounter.NONE ? null : Duration.ofNanos(first - lastTaken);
    }

    private String problemOf(String id, Optional<DeployedConnector> version, String which) {
        if (version.isEmpty()) {
            return "no connector " + id + " was published within " + timing.start().toSeconds() + " s";
        }
        ConnectorState state = version.get().state();
        return state == ConnectorState.REFUSED || state == ConnectorState.FAILED
                ? which + " is " + state + ": " + version.get().status().reason() : null;
    }

    private record Result(String oldVersion, String newVersion, Outcome outcome, String failure) {
    }

    private SwapReport report(Result result, Duration pause) {
        return new SwapReport(old.descriptor().id(), result.oldVersion(), result.newVersion(), result.outcome(),
                result.failure(), pause, steps);
    }

    private void step(String format, Object... values) {
        String step = String.format(format, values);
        steps.add(step);
        LOG.info("Swap of connector {}: {}", old.descriptor().id(), step);
        listener.accept(step);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
