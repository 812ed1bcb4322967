package dk.forbind.metrics;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.QueueDepths;
import dk.forbind.api.transparency.TransparencyRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.Writer;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /forbind/metrics}: the node's metrics in the Prometheus text format (0.0.4), gathered afresh on each
 * scrape. Like {@code /forbind/health} it holds no personal data: names of connectors and queues, and numbers.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/metrics",
        "osgi.http.whiteboard.servlet.name=forbind-metrics"})
public class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient ConnectorRegistry connectors;
    @Reference
    private transient QueueDepths queues;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile TransparencyRegistry transparency;

    private transient CollectorRegistry registry;

    @Activate
    void activate() {
        registry = NodeMetrics.registry(connectors, queues, () -> transparency);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(TextFormat.CONTENT_TYPE_004);
        response.setHeader("Cache-Control", "no-store");
        try (Writer writer = response.getWriter()) {
            TextFormat.write004(writer, registry.metricFamilySamples());
        }
    }
}
