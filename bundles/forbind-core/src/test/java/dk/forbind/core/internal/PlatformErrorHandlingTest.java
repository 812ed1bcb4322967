package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jms.ConnectionFactory;
import javax.jms.Message;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform's promises for a connector context, against a real (embedded) broker. */
class PlatformErrorHandlingTest {
    private static final ConnectorDescriptor CONNECTOR = ConnectorDescriptor.withoutPersonalData("t", "29190623", "");
    private static final String IN = CONNECTOR.inboundAddress();
    private static final String OUT = "forbind.t.out";

    private EmbeddedBroker broker;
    private CamelContext camel;
    private final TrafficTotals totals = new TrafficTotals("t");
    private final TrafficCounter traffic = new TrafficCounter(totals);
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void startContext() throws Exception {
        broker = new EmbeddedBroker();
        camel = startedContext(broker, CONNECTOR, 2, traffic);
        camel.addRoutes(new DeadLetterRoute(CONNECTOR));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(IN)).routeId("t-in")
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            String body = exchange.getIn().getBody(String.class);
                            if (body.startsWith("invalid")) {
                                throw new InvalidMessageException("record is invalid");
                            }
                            if (body.startsWith("broken") || (body.startsWith("flaky") && attempts.get() < 3)) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                        })
                        .to(ForbindEndpoints.queue(OUT));
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        broker.close();
    }

    @Test
    void transientFailureIsRedeliveredAndThenDelivered() throws Exception {
        send("flaky message", null);
        Await.until("the message delivered", () -> browse(OUT).size() == 1);
        assertEquals(3, attempts.get());
        assertTrue(browse(ForbindAddresses.deadLetter(IN)).isEmpty());
        assertEquals(1, traffic.out());
        assertEquals(1, totals.snapshot().messagesOut());
        assertEquals(1, totals.snapshot().processingSeconds().count(), "its processing time observed");
    }

    @Test
    void persistentFailureIsParkedOnTheDeadLetterQueueOfItsAddressAfterRedeliveries() throws Exception {
        send("broken message", "c-1");
        Await.until("the message parked", () -> browse(ForbindAddresses.deadLetter(IN)).size() == 1);
        assertEquals(3, attempts.get(), "first attempt and two redeliveries");
        Message parked = browse(ForbindAddresses.deadLetter(IN)).get(0);
        assertEquals("broken message", ((TextMessage) parked).getText());
        assertEquals(IN, parked.getStringProperty(ForbindHeaders.ORIGINAL_ADDRESS));
        assertEquals("c-1", parked.getStringProperty(ForbindHeaders.CORRELATION_ID));
        assertTrue(parked.getStringProperty(ForbindHeaders.ERROR).contains("downstream unavailable"));
        assertNotNull(parked.getStringProperty(ForbindHeaders.FAILED_AT));
        assertTrue(browse(IN).isEmpty(), "consumed from its queue");
        assertEquals(1, traffic.failed());
    }

    @Test
    void invalidMessageIsParkedWithoutRetry() throws Exception {
        send("invalid message", null);
        Await.until("the message parked", () -> browse(ForbindAddresses.deadLetter(IN)).size() == 1);
        assertEquals(1, attempts.get());
        assertEquals("record is invalid",
                browse(ForbindAddresses.deadLetter(IN)).get(0).getStringProperty(ForbindHeaders.ERROR));
    }

    @Test
    void correlationIdIsCreatedAtTheEdgeAndKeptAcrossHops() throws Exception {
        send("first", null);
        send("second", "given-id");
        Await.until("both messages delivered", () -> browse(OUT).size() == 2);
        List<Message> out = browse(OUT);
        String created = out.get(0).getStringProperty(ForbindHeaders.CORRELATION_ID);
        assertEquals(36, created.length(), "a UUID: " + created);
        assertEquals("given-id", out.get(1).getStringProperty(ForbindHeaders.CORRELATION_ID));
    }

    private void send(String body, String correlationId) {
        ProducerTemplate producer = camel.createProducerTemplate();
        if (correlationId == null) {
            producer.sendBody(ForbindEndpoints.queue(IN), body);
        } else {
            producer.sendBodyAndHeader(ForbindEndpoints.queue(IN), body, ForbindHeaders.CORRELATION_ID, correlationId);
        }
    }

    private List<Message> browse(String queue) throws Exception {
        return broker.browse(queue);
    }

    /** A started CamelContext with the platform's promises for the connector, on the test broker. */
    static CamelContext startedContext(EmbeddedBroker broker, ConnectorDescriptor connector, int redeliveries,
                                       TrafficCounter traffic) throws Exception {
        return startedContext(broker.connectionFactory(), connector, redeliveries, traffic);
    }

    static CamelContext startedContext(ConnectionFactory broker, ConnectorDescriptor connector, int redeliveries,
                                       TrafficCounter traffic) throws Exception {
        CamelContext context = new DefaultCamelContext();
        new ConnectorCamelContextFactory(broker, config(redeliveries))
                .configure(context, connector, traffic);
        context.start();
        return context;
    }

    static CoreConfig config(int redeliveries) {
        return new CoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CoreConfig.class;
            }

            @Override
            public int redelivery_maximum() {
                return redeliveries;
            }

            @Override
            public long redelivery_delay_ms() {
                return 10;
            }

            @Override
            public double redelivery_backoff_multiplier() {
                return 2.0;
            }

            @Override
            public long redelivery_maximum_delay_ms() {
                return 100;
            }

            @Override
            public int drain_timeout_seconds() {
                return 5;
            }

            @Override
            public int jms_concurrent_consumers() {
                return 1;
            }

            @Override
            public int batch_size() {
                return 500;
            }

            @Override
            public long batch_wait_ms() {
                return 50;
            }

            @Override
            public int batch_consumers() {
                return 1;
            }

            @Override
            public int batch_files_retention_days() {
                return 400;
            }

            @Override
            public long dependency_probe_first_ms() {
                return 100;
            }

            @Override
            public int dependency_probe_longest_seconds() {
                return 1;
            }

            @Override
            public int dependency_probe_timeout_seconds() {
                return 2;
            }

            @Override
            public int dependency_reminder_minutes() {
                return 5;
            }

            @Override
            public int swap_start_timeout_seconds() {
                return 60;
            }

            @Override
            public int swap_first_message_wait_seconds() {
                return 10;
            }
        };
    }
}
