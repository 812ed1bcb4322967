package dk.forbind.core.internal;

import dk.forbind.api.ConnectorTotals;
import dk.forbind.api.SwapReport;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** One connector's traffic and swaps since the node started, kept over its versions (each swap makes a new one). */
final class TrafficTotals {
    private static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    private static final double[] PAUSE_SECONDS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final String id;
    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder returned = new LongAdder();
    private final Buckets processing = new Buckets(SECONDS);
    private final Buckets pauses = new Buckets(PAUSE_SECONDS);
    private final LongAdder swaps = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();
    private volatile Duration lastPause;

    TrafficTotals(String id) {
        this.id = id;
    }

    void taken() {
        in.increment();
    }

    /** A taken message went back to its queue (it will be taken again). */
    void returned() {
        returned.increment();
    }

    void finished(long nanos, boolean failure) {
        (failure ? failed : out).increment();
        processing.observe(nanos / 1e9);
    }

    void swapped(SwapReport report) {
        swaps.increment();
        if (report.outcome() != SwapReport.Outcome.SWAPPED) {
            rolledBack.increment();
        }
        if (report.pause() != null) {
            lastPause = report.pause();
            pauses.observe(report.pause().toNanos() / 1e9);
        }
    }

    ConnectorTotals snapshot() {
        return new ConnectorTotals(id, in.sum(), out.sum(), failed.sum(), returned.sum(), processing.snapshot(),
                swaps.sum(), rolledBack.sum(), lastPause, pauses.snapshot());
    }

    /** A histogram of fixed upper bounds. */
    private static final class Buckets {
        private final double[] bounds;
        private final AtomicLongArray counts;
        private final LongAdder count = new LongAdder();
        private final DoubleAdder sum = new DoubleAdder();

        Buckets(double[] bounds) {
            this.bounds = bounds;
            this.counts = new AtomicLongArray(bounds.length);
        }

        void observe(double value) {
            for (int i = 0; i < bounds.length; i++) {
                if (value <= bounds[i]) {
                    counts.incrementAndGet(i);
                    break;
                }
            }
            count.increment();
            sum.add(value);
        }

        ConnectorTotals.Histogram snapshot() {
            long[] cumulative = new long[bounds.length];
            long running = 0;
            for (int i = 0; i < bounds.length; i++) {
                running += counts.get(i);
                cumulative[i] = running;
            }
            return new ConnectorTotals.Histogram(bounds.clone(), cumulative, count.sum(), sum.sum());
        }
    }
}
