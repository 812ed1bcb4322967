package dk.forbind.core.internal;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;

/**
 * A producer template of the connector's own context, made the first time a route policy needs to
 * send from inside an exchange (policies are created before the context can make one).
 */
final class ContextProducer {
    private volatile ProducerTemplate template;

    ProducerTemplate of(Route route) {
        ProducerTemplate current = template;
        if (current == null) {
            synchronized (this) {
                if (template == null) {
                    template = route.getCamelContext().createProducerTemplate();
                }
                current = template;
            }
        }
        return current;
    }

    void stop() {
        ProducerTemplate current = template;
        template = null;
        if (current != null) {
            current.stop();
        }
    }
}
