package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.jms.Connection;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message an agency's system sent names that system as its initiator, whatever initiator headers it wrote; a
 * message the platform sent keeps its own. (The test broker runs without security, so the test writes the
 * validated user that a secured broker writes for a certificate login.)
 */
class AgencySenderPolicyTest {
    private static final ConnectorDescriptor CONNECTOR = ConnectorDescriptor
            .withoutPersonalData("housing-benefit", "29190623", "");
    private static final AgencySystem CASE_SYSTEM = new AgencySystem("29190623",
            UUID.fromString("4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11"), "Boligstøtte sagssystem");

    private final EmbeddedBroker broker;
    private final Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
    private CamelContext camel;

    AgencySenderPolicyTest() throws Exception {
        broker = new EmbeddedBroker();
    }

    @BeforeEach
    void start() throws Exception {
        camel = PlatformErrorHandlingTest.startedContext(broker, CONNECTOR, 2, new TrafficCounter(new TrafficTotals("t")));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(CONNECTOR.inboundAddress()))
                        .process(e -> seen.put(e.getIn().getBody(String.class), e.getIn().getHeaders()));
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        broker.close();
    }

    @Test
    void anAgencySystemIsTheInitiatorWhateverItWrote() throws Exception {
        send("from-agency", CASE_SYSTEM.brokerUser());
        send("from-platform", "forbind-broker");
        Await.until("both messages processed", () -> seen.size() == 2);

        Map<String, Object> agency = seen.get("from-agency");
        assertEquals("29190623", agency.get(ForbindHeaders.INITIATOR_ORG));
        assertEquals("Boligstøtte sagssystem (4f1c2a9e-8d55-4c3b-9a8e-2b7d1f0c6e11)",
                agency.get(ForbindHeaders.INITIATOR_SYSTEM));
        assertNull(agency.get(ForbindHeaders.INITIATOR_PERSON));
        assertNull(agency.get(ForbindHeaders.INITIATOR_ORG_NAME));

        Map<String, Object> platform = seen.get("from-platform");
        assertEquals("99999999", platform.get(ForbindHeaders.INITIATOR_ORG));
        assertEquals("Kim Sagsbehandler", platform.get(ForbindHeaders.INITIATOR_PERSON));
    }

    /** A message claiming to come from CVR 99999999 and a named person, sent as {@code validatedUser}. */
    private void send(String body, String validatedUser) throws Exception {
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty("_AMQ_VALIDATED_USER", validatedUser);
            message.setStringProperty(ForbindHeaders.INITIATOR_ORG, "99999999");
            message.setStringProperty(ForbindHeaders.INITIATOR_ORG_NAME, "Forged Agency");
            message.setStringProperty(ForbindHeaders.INITIATOR_PERSON, "Kim Sagsbehandler");
            session.createProducer(session.createQueue(CONNECTOR.inboundAddress())).send(message);
        }
    }
}
