package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jms.Message;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connector requiring Substantial processes Substantial and High, and parks the rest unprocessed. */
class AssuranceLevelPolicyTest {
    private static final ConnectorDescriptor CONNECTOR = ConnectorDescriptor
            .withoutPersonalData("benefit-portal", "29190623", "").requiringAtLeast(NsisLevel.SUBSTANTIAL);
    private static final String IN = CONNECTOR.inboundAddress();
    private static final String OUT = "forbind.benefit-portal.out";

    private final EmbeddedBroker broker;
    private final AtomicInteger processed = new AtomicInteger();
    private CamelContext camel;

    AssuranceLevelPolicyTest() throws Exception {
        broker = new EmbeddedBroker();
    }

    @BeforeEach
    void start() throws Exception {
        camel = PlatformErrorHandlingTest.startedContext(broker, CONNECTOR, 2, new TrafficCounter(new TrafficTotals("t")));
        camel.addRoutes(new DeadLetterRoute(CONNECTOR));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(IN)).process(e -> processed.incrementAndGet()).to(ForbindEndpoints.queue(OUT));
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        broker.close();
    }

    @Test
    void substantialAndHighPassLowAndMissingAreParkedWithTheReason() throws Exception {
        send("high", "https://data.gov.dk/concept/core/nsis/loa/High");
        send("substantial", "Substantial");
        send("low", "Low");
        send("none", null);
        Await.until("two forwarded and two parked", () -> broker.browse(OUT).size() == 2
                && broker.browse(ForbindAddresses.deadLetter(IN)).size() == 2);
        assertEquals(2, processed.get(), "no step of the route ran for the parked messages");
        Map<String, String> reasons = new java.util.HashMap<>();
        for (Message parked : broker.browse(ForbindAddresses.deadLetter(IN))) {
            reasons.put(((javax.jms.TextMessage) parked).getText(), parked.getStringProperty(ForbindHeaders.ERROR));
        }
        assertEquals("level of assurance Low is below the Substantial connector benefit-portal requires",
                reasons.get("low"));
        assertTrue(reasons.get("none").startsWith("message carries no level of assurance (ForbindLoa)"),
                reasons.get("none"));
    }

    private void send(String body, String level) {
        Map<String, Object> headers = level == null ? Map.of() : Map.of(ForbindHeaders.LOA, level);
        camel.createProducerTemplate().sendBodyAndHeaders(ForbindEndpoints.queue(IN), body, headers);
    }
}
