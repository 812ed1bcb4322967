package dk.forbind.metrics;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.ConnectorTotals;
import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import io.prometheus.client.CounterMetricFamily;
import io.prometheus.client.GaugeMetricFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Per connector: messages taken in, finished and failed, processing time, state, swaps and their pauses. Counters
 * run from the node's start over every version of a connector (a swap does not reset them).
 */
final class ConnectorCollector extends Collector {
    private static final List<String> CONNECTOR = List.of("connector");

    private final ConnectorRegistry registry;

    ConnectorCollector(ConnectorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        CounterMetricFamily in = counter("forbind_connector_messages_in", "Messages a connector took in");
        CounterMetricFamily out = counter("forbind_connector_messages_out", "Messages a connector finished");
        CounterMetricFamily failed = counter("forbind_connector_messages_failed",
                "Messages that failed in a connector or were parked on a dead-letter queue");
        CounterMetricFamily returned = counter("forbind_connector_messages_returned",
                "Messages a connector took in and gave back to their queue because something it needs was down");
        CounterMetricFamily swaps = new CounterMetricFamily("forbind_connector_swaps",
                "Swaps of a connector's version, by outcome (swapped, rolled_back)", List.of("connector", "outcome"));
        GaugeMetricFamily lastPause = new GaugeMetricFamily("forbind_connector_swap_last_pause_seconds",
                "The pause of a connector's newest measured swap", CONNECTOR);
        List<Sample> processing = new ArrayList<>();
        List<Sample> pauses = new ArrayList<>();
        for (ConnectorTotals t : registry.totals()) {
            List<String> id = List.of(t.id());
            in.addMetric(id, t.messagesIn());
            out.addMetric(id, t.messagesOut());
            failed.addMetric(id, t.messagesFailed());
            returned.addMetric(id, t.messagesReturned());
            swaps.addMetric(List.of(t.id(), "swapped"), t.swaps() - t.swapsRolledBack());
            swaps.addMetric(List.of(t.id(), "rolled_back"), t.swapsRolledBack());
            if (t.lastSwapPause() != null) {
                lastPause.addMetric(id, t.lastSwapPause().toNanos() / 1e9);
            }
            processing.addAll(Histograms.samples("forbind_connector_processing_seconds", CONNECTOR, id,
                    t.processingSeconds()));
            pauses.addAll(Histograms.samples("forbind_connector_swap_pause_seconds", CONNECTOR, id,
                    t.swapPauseSeconds()));
        }
        return List.of(in, out, failed, returned, swaps, lastPause, state(),
                new MetricFamilySamples("forbind_connector_processing_seconds", Type.HISTOGRAM,
                        "Time from a connector taking a message in to finishing it", processing),
                new MetricFamilySamples("forbind_connector_swap_pause_seconds", Type.HISTOGRAM,
                        "Pause of a swap: from the last message taken by the old version to the first taken by the new",
                        pauses));
    }

    /** One series per connector and state: 1 for the state it is in, 0 for the others. */
    private GaugeMetricFamily state() {
        GaugeMetricFamily state = new GaugeMetricFamily("forbind_connector_state",
                "The state a connector is in (1) and those it is not in (0)", List.of("connector", "state"));
        for (ConnectorStatus c : registry.connectors()) {
            for (ConnectorState s : ConnectorState.values()) {
                state.addMetric(List.of(c.id(), s.name()), c.state() == s ? 1 : 0);
            }
        }
        return state;
    }

    private static CounterMetricFamily counter(String name, String help) {
        return new CounterMetricFamily(name, help, CONNECTOR);
    }
}
