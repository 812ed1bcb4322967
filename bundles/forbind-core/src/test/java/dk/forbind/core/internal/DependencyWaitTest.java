package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.jms.Message;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a downstream system is down the connector waits: no message is parked, its consumers are suspended,
 * and when the system answers again every message is delivered once. A message at fault is still parked at once.
 */
class DependencyWaitTest {
    private final EmbeddedBroker broker;
    private final AtomicBoolean downstreamUp = new AtomicBoolean(true);
    private final Map<String, Integer> delivered = new ConcurrentHashMap<>();
    private final AtomicInteger suspensions = new AtomicInteger();
    private final ScheduledExecutorService probes = Executors.newScheduledThreadPool(2);
    private HttpServer downstream;
    private CamelContext camel;
    private DependencyWatch watch;

    DependencyWaitTest() throws Exception {
        broker = new EmbeddedBroker();
    }

    @BeforeEach
    void downstreamSystem() throws Exception {
        downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        downstream.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(downstreamUp.get() ? 200 : 503, -1);
            exchange.close();
        });
        downstream.start();
    }

    @AfterEach
    void stop() throws Exception {
        watch.close();
        camel.stop();
        probes.shutdownNow();
        downstream.stop(0);
        broker.close();
    }

    @Test
    void aConnectorWaitsOutItsDownstreamSystemAndDeliversEveryMessageOnce() throws Exception {
        ConnectorDescriptor connector = ConnectorDescriptor.withPersonalData("case-sender", "29190623", "",
                        new ProcessingDeclaration("Sending housing cases", "GDPR art. 6(1)(e)", List.of("CPR number"),
                                List.of(), "10 years", ProcessingType.DATA_PROCESSING))
                .dependingOn(ConnectorDependency.http("case-system", "http://127.0.0.1:"
                        + downstream.getAddress().getPort() + "/health"));
        start(connector, body -> {
            if (body.startsWith("poison")) {
                throw new InvalidMessageException("not a case: " + body);
            }
            if (!downstreamUp.get()) {
                throw new DependencyUnavailableException("case-system", "HTTP 503 from the case system");
            }
        });
        send(connector, "poison-1");
        Await.until("the poison parked at once", () -> parked(connector).size() == 1);

        downstreamUp.set(false);
        List<String> cases = IntStream.range(0, 40).mapToObj(i -> "case-" + i).toList();
        cases.forEach(body -> send(connector, body));
        Await.until("the connector waits", () -> watch.waitingFor().isPresent() && suspensions.get() == 1);
        assertTrue(watch.waitingFor().orElseThrow().startsWith("case-system down since "),
                watch.waitingFor().orElseThrow());
        send(connector, "poison-2");
        Thread.sleep(500);
        assertEquals(List.of("poison-1"), parked(connector), "nothing else is parked while the system is down");

        downstreamUp.set(true);
        Await.until("every case delivered", () -> cases.stream().allMatch(delivered::containsKey));
        Await.until("the second poison parked", () -> parked(connector).size() == 2);
        assertTrue(watch.waitingFor().isEmpty());
        cases.forEach(body -> assertEquals(1, delivered.get(body), body + " delivered once"));
        assertEquals(List.of("poison-1", "poison-2"), parked(connector));
        Await.until("one data-access event per case", () -> broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS)
                .size() >= cases.size());
        Thread.sleep(300);
        assertEquals(cases.size(), broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size(),
                "a message that waited is recorded once, when it is delivered");
    }

    @Test
    void anOutageOfSomethingUndeclaredIsWaitedOutByTryingAgain() throws Exception {
        ConnectorDescriptor connector = ConnectorDescriptor.withoutPersonalData("lookup", "29190623", "");
        AtomicInteger refusals = new AtomicInteger();
        start(connector, body -> {
            if (refusals.getAndIncrement() < 3) {
                throw new RuntimeException("lookup failed", new ConnectException("Connection refused"));
            }
        });
        send(connector, "one");
        Await.until("delivered after the outage", () -> delivered.containsKey("one"));
        assertTrue(suspensions.get() >= 1, "it waited");
        assertEquals(List.of(), parked(connector));
    }

    private interface Work {
        void on(String body) throws Exception;
    }

    private void start(ConnectorDescriptor connector, Work work) throws Exception {
        camel = PlatformErrorHandlingTest.startedContext(broker, connector, 2, new TrafficCounter(new TrafficTotals("t")));
        watch = new DependencyWatch(connector, new DependencyProbe(() -> null, broker::connectionFactory,
                Duration.ofSeconds(2))::problem, probes, new DependencyWatch.Consumers() {
                    @Override
                    public void suspend(String why) {
                        suspensions.incrementAndGet();
                        EdgeRoutes.suspend(camel);
                    }

                    @Override
                    public long resume() {
                        EdgeRoutes.resume(camel);
                        return -1;
                    }
                }, new DependencyWatch.Timing(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMinutes(1)),
                Clock.systemUTC());
        camel.addRoutes(new DeadLetterRoute(connector, watch::holdsBack));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(connector.inboundAddress())).process(exchange -> {
                    String body = exchange.getIn().getBody(String.class);
                    work.on(body);
                    delivered.merge(body, 1, Integer::sum);
                });
            }
        });
    }

    /** A message about a citizen of its own (the poison ones too). */
    private void send(ConnectorDescriptor connector, String body) {
        camel.createProducerTemplate().sendBodyAndHeaders(ForbindEndpoints.queue(connector.inboundAddress()), body,
                Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID,
                        String.format("0101%06d", Math.abs(body.hashCode()) % 1_000_000)));
    }

    private List<String> parked(ConnectorDescriptor connector) throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (Message message : broker.browse(ForbindAddresses.deadLetter(connector.inboundAddress()))) {
            bodies.add(((TextMessage) message).getText());
        }
        return bodies;
    }
}
