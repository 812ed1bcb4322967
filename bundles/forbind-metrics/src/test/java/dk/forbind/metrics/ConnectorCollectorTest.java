package dk.forbind.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.ConnectorTotals;
import dk.forbind.api.QueueDepths;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Prometheus reads of the connectors and queues, in its text format. */
class ConnectorCollectorTest {
    private static final ConnectorTotals.Histogram TIMES = new ConnectorTotals.Histogram(
            new double[] {0.005, 0.01}, new long[] {3, 4}, 5, 0.75);
    private static final ConnectorTotals.Histogram PAUSES = new ConnectorTotals.Histogram(
            new double[] {0.1}, new long[] {1}, 1, 0.08);

    private final ConnectorRegistry connectors = new ConnectorRegistry() {
        @Override
        public List<ConnectorStatus> connectors() {
            return List.of(new ConnectorStatus("cpr-batch", "29190623", ConnectorState.SUSPENDED, 7, 5, 1,
                    Instant.now(), "suspended by an operator", "1.0.0"));
        }

        @Override
        public List<ConnectorDescriptor> descriptors() {
            return List.of();
        }

        @Override
        public List<ConnectorTotals> totals() {
            return List.of(new ConnectorTotals("cpr-batch", 7, 5, 1, 1, TIMES, 3, 1, Duration.ofMillis(80), PAUSES));
        }
    };
    private final QueueDepths queues = () -> Map.of("forbind.cpr-batch.in", 12L, "DLQ.forbind.cpr-batch.in", 2L);

    @Test
    void connectorsAreCountedTimedAndTheirStateShown() throws Exception {
        String text = scrape(queues);
        assertTrue(text.contains("forbind_connector_messages_in_total{connector=\"cpr-batch\",} 7.0"), text);
        assertTrue(text.contains("forbind_connector_messages_failed_total{connector=\"cpr-batch\",} 1.0"), text);
        assertTrue(text.contains("# TYPE forbind_connector_processing_seconds histogram"), text);
        assertTrue(text.contains("forbind_connector_processing_seconds_bucket{connector=\"cpr-batch\",le=\"0.005\",} 3.0"),
                text);
        assertTrue(text.contains("forbind_connector_processing_seconds_bucket{connector=\"cpr-batch\",le=\"+Inf\",} 5.0"),
                text);
        assertTrue(text.contains("forbind_connector_processing_seconds_sum{connector=\"cpr-batch\",} 0.75"), text);
        assertTrue(text.contains("forbind_connector_state{connector=\"cpr-batch\",state=\"SUSPENDED\",} 1.0"), text);
        assertTrue(text.contains("forbind_connector_state{connector=\"cpr-batch\",state=\"RUNNING\",} 0.0"), text);
        assertTrue(text.contains("forbind_connector_swaps_total{connector=\"cpr-batch\",outcome=\"swapped\",} 2.0"), text);
        assertTrue(text.contains("forbind_connector_swaps_total{connector=\"cpr-batch\",outcome=\"rolled_back\",} 1.0"),
                text);
        assertTrue(text.contains("forbind_connector_swap_last_pause_seconds{connector=\"cpr-batch\",} 0.08"), text);
    }

    @Test
    void queuesAndDeadLettersAreApart() throws Exception {
        String text = scrape(queues);
        assertTrue(text.contains("forbind_queue_messages{queue=\"forbind.cpr-batch.in\",} 12.0"), text);
        assertTrue(text.contains("forbind_dead_letter_messages{queue=\"DLQ.forbind.cpr-batch.in\",} 2.0"), text);
        assertTrue(text.contains("forbind_broker_up 1.0"), text);
        assertTrue(text.contains("jvm_memory_bytes_used"), "JVM basics: " + text);
    }

    @Test
    void aBrokerThatDoesNotAnswerIsShownNotFatal() throws Exception {
        String text = scrape(() -> {
            throw new IllegalStateException("broker down");
        });
        assertTrue(text.contains("forbind_broker_up 0.0"), text);
        assertTrue(text.contains("forbind_connector_messages_in_total"), text);
    }

    private String scrape(QueueDepths depths) throws Exception {
        CollectorRegistry registry = NodeMetrics.registry(connectors, depths, () -> null);
        StringWriter text = new StringWriter();
        TextFormat.write004(text, registry.metricFamilySamples());
        return text.toString();
    }
}
