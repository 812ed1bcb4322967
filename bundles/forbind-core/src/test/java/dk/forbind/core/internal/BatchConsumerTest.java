package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.MessageBatch;
import dk.forbind.core.TransactedBatchSender;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connector consuming in batches: one broker and one database transaction per batch, a bad message isolated and
 * parked while the rest commits, a crash between the two commits doubling nothing, one data-access event per message.
 */
class BatchConsumerTest {
    private static final ProcessingDeclaration DECLARATION = new ProcessingDeclaration("Keeping a register",
            "GDPR art. 6(1)(e)", List.of("CPR number", "name"), List.of(), "5 years");
    private static final ConnectorDescriptor REGISTER = ConnectorDescriptor.withPersonalData("register", "29190623",
            "", DECLARATION);
    private static final String OUT = "forbind.register.out";
    private static final int MESSAGES = 100;

    private final EmbeddedBroker broker = new EmbeddedBroker();
    private final CrashingBroker crashing = new CrashingBroker(broker.connectionFactory());
    private final ItemTable table = new ItemTable();
    private CamelContext camel;

    BatchConsumerTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        broker.close();
    }

    @Test
    void aBatchIsWrittenInOneTransactionWithOneEventPerMessage() throws Exception {
        sendPersons(REGISTER, MESSAGES, Map.of());
        start(REGISTER);
        awaitDelivered(MESSAGES);
        assertEquals(MESSAGES, table.rows().size());
        assertTrue(table.writes() <= 5, "written in batches, not per message: " + table.writes() + " writes");
        List<Message> events = broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS);
        assertEquals(MESSAGES, events.size());
        DataAccessEvent event = DataAccessEventJson.read(((TextMessage) events.get(0)).getText());
        assertEquals("Keeping a register", event.purpose());
        assertEquals("register", event.connector());
        assertEquals(event.correlationId(), events.get(0).getStringProperty(ForbindHeaders.CORRELATION_ID));
        assertEquals("register", events.get(0).getStringProperty(ForbindHeaders.CONNECTOR));
    }

    @Test
    void anInvalidMessageInsideABatchIsParkedWithItsReasonWhileTheRestCommits() throws Exception {
        sendPersons(REGISTER, MESSAGES, Map.of(42, "invalid"));
        start(REGISTER);
        awaitDelivered(MESSAGES - 1);
        Message parked = awaitParked(REGISTER);
        assertEquals("invalid person", parked.getStringProperty(ForbindHeaders.ERROR));
        assertEquals(MESSAGES - 1, table.rows().size());
        assertEquals(MESSAGES - 1, broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size(), "no event for it");
    }

    @Test
    void aRowTheDatabaseRefusesSendsTheWholeBatchBackAndOnlyThatMessageIsParked() throws Exception {
        sendPersons(REGISTER, MESSAGES, Map.of(17, "a name far too long for its column"));
        start(REGISTER);
        awaitDelivered(MESSAGES - 1);
        Message parked = awaitParked(REGISTER);
        assertTrue(parked.getStringProperty(ForbindHeaders.ERROR).contains("too long"),
                parked.getStringProperty(ForbindHeaders.ERROR));
        assertEquals(MESSAGES - 1, table.rows().size());
        assertEquals(MESSAGES - 1, broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size(),
                "the events of the rolled-back batch were rolled back with it");
    }

    @Test
    void aWholeBatchSentBackByTheDatabaseIsDeliveredOnceWhenTakenAgain() throws Exception {
        table.refuseNextWrite();
        sendPersons(REGISTER, MESSAGES, Map.of());
        start(REGISTER);
        awaitDelivered(MESSAGES);
        assertEquals(MESSAGES, table.rows().size());
        assertEquals(MESSAGES, broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size());
        assertTrue(broker.browse(ForbindAddresses.deadLetter(REGISTER.inboundAddress())).isEmpty());
    }

    @Test
    void aCrashBetweenTheDatabaseAndTheBrokerCommitDoublesNothing() throws Exception {
        crashing.crashAtNextCommit();
        sendPersons(REGISTER, MESSAGES, Map.of());
        start(REGISTER);
        awaitDelivered(MESSAGES);
        assertTrue(crashing.crashed(), "the broker commit failed once");
        assertEquals(MESSAGES * 2, table.itemsWritten(), "the batch was written, then written again");
        assertEquals(MESSAGES, table.rows().size(), "each row once");
        assertEquals(MESSAGES, broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size(), "each event once");
    }

    @Test
    void aSubjectsMessageForAConnectorWithoutDeclarationIsParkedAndTheRestOfTheBatchDelivered() throws Exception {
        ConnectorDescriptor technical = ConnectorDescriptor.withoutPersonalData("register", "29190623", "");
        sendPersons(technical, 20, Map.of());
        try (TransactedBatchSender sender = new TransactedBatchSender(broker.connectionFactory(),
                technical.inboundAddress())) {
            sender.send("Citizen;0101701234", Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR",
                    ForbindHeaders.SUBJECT_ID, "0101701234"));
            sender.commit();
        }
        start(technical);
        awaitDelivered(20);
        Message parked = awaitParked(technical);
        assertEquals("Citizen;0101701234", ((TextMessage) parked).getText());
        assertTrue(parked.getStringProperty(ForbindHeaders.ERROR).contains("declares no processing"),
                parked.getStringProperty(ForbindHeaders.ERROR));
        assertTrue(broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).isEmpty());
        assertEquals(20, table.rows().size());
    }

    private void start(ConnectorDescriptor connector) throws Exception {
        camel = PlatformErrorHandlingTest.startedContext(crashing, connector, 1,
                new TrafficCounter(new TrafficTotals(connector.id())));
        camel.addRoutes(new DeadLetterRoute(connector));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.batches(connector.inboundAddress())).routeId("store")
                        .process(exchange -> {
                            String[] fields = exchange.getIn().getBody(String.class).split(";");
                            if ("invalid".equals(fields[0])) {
                                throw new InvalidMessageException("invalid person");
                            }
                            MessageBatch.of(exchange).write(table, new ItemTable.Item(fields[1], fields[0]));
                        })
                        .to(ForbindEndpoints.queue(OUT));
            }
        });
    }

    /** Persons numbered 0..count-1, sent in one transaction so that they arrive together; some with other names. */
    private void sendPersons(ConnectorDescriptor connector, int count, Map<Integer, String> names)
            throws JMSException {
        try (TransactedBatchSender sender = new TransactedBatchSender(broker.connectionFactory(),
                connector.inboundAddress())) {
            for (int i = 0; i < count; i++) {
                String key = String.format("%010d", i);
                Map<String, String> subject = connector.processingDeclaration().isPresent()
                        ? Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR", ForbindHeaders.SUBJECT_ID, key) : Map.of();
                sender.send(names.getOrDefault(i, "Person " + i) + ";" + key, subject);
            }
            sender.commit();
        }
    }

    private void awaitDelivered(int count) throws Exception {
        Await.until(count + " messages delivered", () -> broker.browse(OUT).size() >= count);
        Thread.sleep(200); // nothing more arrives
        List<Message> out = broker.browse(OUT);
        Set<String> distinct = new TreeSet<>();
        for (Message message : out) {
            distinct.add(((TextMessage) message).getText());
        }
        assertEquals(count, out.size(), "delivered once each");
        assertEquals(count, distinct.size());
    }

    private Message awaitParked(ConnectorDescriptor connector) throws Exception {
        String dlq = ForbindAddresses.deadLetter(connector.inboundAddress());
        Await.until("a message parked", () -> broker.browse(dlq).size() == 1);
        assertEquals(0, broker.browse(connector.inboundAddress()).size(), "nothing left on the queue");
        return broker.browse(dlq).get(0);
    }
}
