package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** An operator's Prometheus scrapes /forbind/metrics: connectors, queues, dead letters, the registry, the JVM. */
public class MetricsScenario extends ForbindTestSupport {
    private static final String ID = "itest-metrics";

    @Test
    public void aScrapeShowsConnectorTrafficQueuesTheRegistryAndTheJvm() throws Exception {
        deployRouteFile(ID, "id = " + ID + "\nagency = 29190623\n", ""
                + "  <route id=\"" + ID + "\">\n"
                + "    <from uri=\"jms:queue:forbind." + ID + ".in\"/>\n"
                + "    <to uri=\"jms:queue:forbind." + ID + ".out\"/>\n"
                + "  </route>\n");
        awaitConnector(ID, ConnectorState.RUNNING);
        for (int i = 0; i < 3; i++) {
            sendText("forbind." + ID + ".in", "m" + i);
        }
        for (int i = 0; i < 3; i++) {
            receiveText("forbind." + ID + ".out", Duration.ofSeconds(20));
        }

        HttpAnswer scrape = httpGet("/forbind/metrics");
        assertEquals(200, scrape.status());
        assertTrue(scrape.headers().toString(), String.valueOf(scrape.header("Content-Type"))
                .startsWith("text/plain; version=0.0.4"));
        String text = scrape.body();
        assertEquals(3.0, value(text, "forbind_connector_messages_out_total{connector=\"" + ID + "\",}"), 0);
        assertEquals(3.0, value(text, "forbind_connector_processing_seconds_count{connector=\"" + ID + "\",}"), 0);
        assertEquals(1.0, value(text, "forbind_connector_state{connector=\"" + ID + "\",state=\"RUNNING\",}"), 0);
        assertTrue(text, text.contains("forbind_queue_messages{queue=\"forbind." + ID + ".in\",} 0.0"));
        assertEquals(1.0, value(text, "forbind_broker_up"), 0);
        assertTrue(text, value(text, "forbind_transparency_chain_length") >= 0);
        assertTrue(text, value(text, "jvm_memory_bytes_used{area=\"heap\",}") > 0);
    }

    private static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + series + " in\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
