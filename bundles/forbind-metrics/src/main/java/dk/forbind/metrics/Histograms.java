package dk.forbind.metrics;

import dk.forbind.api.ConnectorTotals;
import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.List;

/** Forbind's fixed-bucket histograms as Prometheus histogram samples ({@code _bucket}, {@code _count}, {@code _sum}). */
final class Histograms {
    private Histograms() {
    }

    static List<Sample> samples(String name, List<String> labels, List<String> values,
                                ConnectorTotals.Histogram histogram) {
        List<Sample> samples = new ArrayList<>();
        List<String> bucketLabels = with(labels, "le");
        for (int i = 0; i < histogram.bounds().length; i++) {
            samples.add(new Sample(name + "_bucket", bucketLabels,
                    with(values, Collector.doubleToGoString(histogram.bounds()[i])), histogram.cumulativeCounts()[i]));
        }
        samples.add(new Sample(name + "_bucket", bucketLabels, with(values, "+Inf"), histogram.count()));
        samples.add(new Sample(name + "_count", labels, values, histogram.count()));
        samples.add(new Sample(name + "_sum", labels, values, histogram.sum()));
        return samples;
    }

    private static List<String> with(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
