package dk.forbind.metrics;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.QueueDepths;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The depth of every Forbind queue and dead-letter queue, and whether the broker answered the question. */
final class BrokerCollector extends Collector {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerCollector.class);
    private static final List<String> QUEUE = List.of("queue");

    private final QueueDepths queues;

    BrokerCollector(QueueDepths queues) {
        this.queues = queues;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        GaugeMetricFamily waiting = new GaugeMetricFamily("forbind_queue_messages",
                "Messages waiting on a Forbind queue", QUEUE);
        GaugeMetricFamily parked = new GaugeMetricFamily("forbind_dead_letter_messages",
                "Messages parked on a dead-letter queue for an operator (forbind:dlq-list, forbind:dlq-replay)", QUEUE);
        GaugeMetricFamily up = new GaugeMetricFamily("forbind_broker_up",
                "Whether the broker answered the node's questions about its queues (1) or not (0)", List.of());
        try {
            for (Map.Entry<String, Long> queue : queues.depths().entrySet()) {
                (ForbindAddresses.isDeadLetter(queue.getKey()) ? parked : waiting)
                        .addMetric(List.of(queue.getKey()), queue.getValue());
            }
            up.addMetric(List.of(), 1);
        } catch (RuntimeException e) {
            LOG.debug("Queue depths unknown for this scrape: {}", e.getMessage());
            up.addMetric(List.of(), 0);
        }
        return List.of(waiting, parked, up);
    }
}
