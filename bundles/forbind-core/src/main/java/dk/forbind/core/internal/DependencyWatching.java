package dk.forbind.core.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToLongFunction;

/**
 * What every connector's {@link DependencyWatch} shares on a node: the probe, the thread that probes, the timing,
 * and how deep a queue is (to say how many messages waited).
 */
record DependencyWatching(DependencyProbe probe, ScheduledExecutorService scheduler, DependencyWatch.Timing timing,
                          ToLongFunction<String> queueDepth) {
}
