package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jms.Message;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every exchange about a data subject is recorded, once, in the same transaction as its message. */
class TransparencyCaptureTest {
    private static final String CPR = "0101701234";
    private static final ProcessingDeclaration DECLARATION = new ProcessingDeclaration("Paying housing benefit",
            "GDPR art. 6(1)(e)", List.of("CPR number", "income"), List.of(), "10 years", ProcessingType.DATA_REQUEST);
    private static final String EVENTS = ForbindAddresses.TRANSPARENCY_EVENTS;

    private final EmbeddedBroker broker = new EmbeddedBroker();
    private final AtomicInteger attempts = new AtomicInteger();
    private CamelContext camel;
    private String in;

    TransparencyCaptureTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        broker.close();
    }

    @Test
    void exchangeAboutASubjectIsRecordedWithTheDeclarationAndTheFlowsHeaders() throws Exception {
        start(ConnectorDescriptor.withPersonalData("benefit", "29190623", "", DECLARATION));
        send("about a citizen", Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID, CPR,
                ForbindHeaders.CORRELATION_ID, "c-1", ForbindHeaders.CASE_ID, "case-7",
                ForbindHeaders.INITIATOR_PERSON, "caseworker-12", ForbindHeaders.BULK, "true",
                "viaSecondRoute", "yes"));
        Await.until("the message forwarded", () -> broker.browse("forbind.benefit.out").size() == 1);

        List<Message> events = broker.browse(EVENTS);
        assertEquals(1, events.size());
        DataAccessEvent event = DataAccessEventJson.read(((TextMessage) events.get(0)).getText());
        assertEquals(CPR, event.subject().id());
        assertEquals("benefit", event.connector());
        assertEquals("Paying housing benefit", event.purpose());
        assertEquals(List.of("CPR number", "income"), event.dataCategories());
        assertEquals(ProcessingType.DATA_REQUEST, event.processingType());
        assertEquals("29190623", event.initiatorOrg().code());
        assertEquals("forbind/benefit", event.initiatorOrg().system());
        assertEquals("caseworker-12", event.initiatorPerson());
        assertEquals("c-1", event.correlationId());
        assertEquals("case-7", event.caseId());
        assertTrue(event.bulk());
    }

    @Test
    void exchangeWithoutASubjectIsNotRecorded() throws Exception {
        start(ConnectorDescriptor.withPersonalData("benefit", "29190623", "", DECLARATION));
        send("technical", Map.of());
        Await.until("the message forwarded", () -> broker.browse("forbind.benefit.out").size() == 1);
        assertTrue(broker.browse(EVENTS).isEmpty());
    }

    @Test
    void parkedExchangeIsNotRecorded() throws Exception {
        start(ConnectorDescriptor.withPersonalData("benefit", "29190623", "", DECLARATION));
        send("invalid", Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID, CPR));
        Await.until("the message parked", () -> broker.browse(ForbindAddresses.deadLetter(in)).size() == 1);
        assertTrue(broker.browse(EVENTS).isEmpty());
    }

    @Test
    void connectorWithoutDeclarationCannotProcessASubjectsMessage() throws Exception {
        start(ConnectorDescriptor.withoutPersonalData("technical", "29190623", ""));
        send("about a citizen", Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID, CPR));
        Await.until("three delivery attempts", () -> attempts.get() >= 3);
        camel.stop(); // the broker redelivers without end (max-delivery-attempts -1): stop it to see where it rests
        assertTrue(broker.browse("forbind.technical.out").isEmpty(), "the forward was rolled back");
        assertTrue(broker.browse(EVENTS).isEmpty());
        assertTrue(broker.browse(ForbindAddresses.deadLetter(in)).isEmpty());
        assertEquals(1, broker.browse(in).size(), "the message waits on its queue for a declaration");
    }

    @Test
    void exchangesDrainedWhileTheConnectorStopsAreRecordedToo() throws Exception {
        start(ConnectorDescriptor.withPersonalData("benefit", "29190623", "", DECLARATION));
        for (int i = 0; i < 20; i++) {
            send("slow", Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID, CPR,
                    ForbindHeaders.CORRELATION_ID, "drain-" + i));
        }
        Await.until("the first message forwarded", () -> !broker.browse("forbind.benefit.out").isEmpty());
        camel.stop(); // drains the exchange in flight, as a connector stop or swap does
        int forwarded = broker.browse("forbind.benefit.out").size();
        assertTrue(forwarded < 20, "the stop fell mid-flow");
        assertEquals(forwarded, broker.browse(EVENTS).size(), "every forwarded message has its event");
        assertEquals(20, forwarded + broker.browse(in).size(), "the rest wait on the queue");
    }

    private void start(ConnectorDescriptor connector) throws Exception {
        in = connector.inboundAddress();
        String out = "forbind." + connector.id() + ".out";
        camel = PlatformErrorHandlingTest.startedContext(broker, connector, 0, new TrafficCounter(new TrafficTotals("t")));
        camel.addRoutes(new DeadLetterRoute(connector));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(in)).routeId("in")
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            String body = exchange.getIn().getBody(String.class);
                            if ("invalid".equals(body)) {
                                throw new InvalidMessageException("invalid record");
                            }
                            if ("slow".equals(body)) {
                                Thread.sleep(50); // a slow backend, so that a stop finds an exchange in flight
                            }
                        })
                        .choice().when(header("viaSecondRoute").isNotNull()).to("direct:second")
                        .otherwise().to(ForbindEndpoints.queue(out));
                // a second route on the same exchange must not record it twice
                from("direct:second").routeId("second").to(ForbindEndpoints.queue(out));
            }
        });
    }

    private void send(String body, Map<String, Object> headers) {
        camel.createProducerTemplate().sendBodyAndHeaders(ForbindEndpoints.queue(in), body, headers);
    }
}
