package dk.forbind.metrics;

import dk.forbind.api.transparency.IntakeProgress;
import dk.forbind.api.transparency.TransparencyRegistry;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How far the transparency registry's intake has come: chain length, when it last appended, how late. */
final class TransparencyCollector extends Collector {
    private static final Logger LOG = LoggerFactory.getLogger(TransparencyCollector.class);

    private final Supplier<TransparencyRegistry> registry;

    TransparencyCollector(Supplier<TransparencyRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        TransparencyRegistry current = registry.get();
        if (current == null) {
            return List.of();
        }
        IntakeProgress intake;
        try {
            intake = current.intake();
        } catch (RuntimeException e) {
            LOG.debug("Transparency intake unknown for this scrape: {}", e.getMessage());
            return List.of();
        }
        List<MetricFamilySamples> families = new ArrayList<>();
        families.add(gauge("forbind_transparency_chain_length",
                "Sequence number of the newest record of the transparency chain", intake.chainLength()));
        if (intake.lastAppendedAt() != null) {
            families.add(gauge("forbind_transparency_last_append_timestamp_seconds",
                    "When the registry last appended events to the chain", intake.lastAppendedAt().toEpochMilli() / 1e3));
        }
        if (intake.lastLag() != null) {
            families.add(gauge("forbind_transparency_intake_lag_seconds",
                    "How long the oldest event of the newest appended batch waited from capture to the chain",
                    intake.lastLag().toNanos() / 1e9));
        }
        return families;
    }

    private static GaugeMetricFamily gauge(String name, String help, double value) {
        return new GaugeMetricFamily(name, help, value);
    }
}
