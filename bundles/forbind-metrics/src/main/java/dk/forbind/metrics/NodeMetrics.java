package dk.forbind.metrics;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.QueueDepths;
import dk.forbind.api.transparency.TransparencyRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.ClassLoadingExports;
import io.prometheus.client.hotspot.GarbageCollectorExports;
import io.prometheus.client.hotspot.MemoryPoolsExports;
import io.prometheus.client.hotspot.StandardExports;
import io.prometheus.client.hotspot.ThreadExports;
import java.util.function.Supplier;

/** Everything the node reports to Prometheus, in a registry of its own (not the library's global one). */
final class NodeMetrics {
    private NodeMetrics() {
    }

    static CollectorRegistry registry(ConnectorRegistry connectors, QueueDepths queues,
                                      Supplier<TransparencyRegistry> transparency) {
        CollectorRegistry registry = new CollectorRegistry();
        new StandardExports().register(registry);
        new MemoryPoolsExports().register(registry);
        new GarbageCollectorExports().register(registry);
        new ThreadExports().register(registry);
        new ClassLoadingExports().register(registry);
        new ConnectorCollector(connectors).register(registry);
        new BrokerCollector(queues).register(registry);
        new TransparencyCollector(transparency).register(registry);
        return registry;
    }
}
