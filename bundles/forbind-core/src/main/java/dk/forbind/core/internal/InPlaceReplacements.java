package dk.forbind.core.internal;

import dk.forbind.api.ConnectorState;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The connectors whose bundle went while no swap ran, waiting for their new version: it is measured when it comes,
 * rolled back when it fails or, its bundle left unresolved, does not come within the start time-out.
 */
final class InPlaceReplacements {
    private final Map<String, InPlaceReplacement> pending = new ConcurrentHashMap<>();
    private final FrameworkWiring framework;
    private final ScheduledExecutorService scheduler;
    private final Function<String, TrafficTotals> totals;
    private final ConnectorSwap.Timing timing;

    InPlaceReplacements(FrameworkWiring framework, ScheduledExecutorService scheduler,
                        Function<String, TrafficTotals> totals, ConnectorSwap.Timing timing) {
        this.framework = framework;
        this.scheduler = scheduler;
        this.totals = totals;
        this.timing = timing;
    }

    /** A connector whose bundle went has stopped ({@link InPlaceReplacement#of} before): waits for the new one. */
    void gone(DeployedConnector old, InPlaceReplacement replacement) {
        if (replacement == null || old.state() != ConnectorState.STOPPED || scheduler.isShutdown()) {
            return;
        }
        pending.put(replacement.id(), replacement);
        scheduler.schedule(() -> {
            if (pending.remove(replacement.id(), replacement) && replacement.failedUpdate(null)) {
                replacement.rollBack(framework, "the updated bundle published no connector " + replacement.id()
                        + " within " + timing.start().toSeconds() + " s (it does not resolve)",
                        totals.apply(replacement.id()));
            }
        }, timing.start().toSeconds(), TimeUnit.SECONDS);
    }

    /** A connector started: if it replaces one that went, measure its pause, or roll it back if it failed. */
    void started(DeployedConnector connector) {
        InPlaceReplacement replacement = pending.remove(connector.descriptor().id());
        if (replacement == null || !replacement.replacedBy(connector, timing.start())) {
            return;
        }
        TrafficTotals counted = totals.apply(connector.descriptor().id());
        if (replacement.failedUpdate(connector)) {
            String why = "the new version is " + connector.state() + ": " + connector.status().reason();
            // not on the lifecycle thread: the update stops the bundle, whose connector that thread then stops
            scheduler.execute(() -> replacement.rollBack(framework, why, counted));
        } else {
            replacement.measure(connector, counted, scheduler, timing.firstMessage());
        }
    }
}
