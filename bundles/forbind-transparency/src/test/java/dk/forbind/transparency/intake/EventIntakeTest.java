package dk.forbind.transparency.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import dk.forbind.fixtures.SampleAccessEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jms.Connection;
import javax.jms.MessageProducer;
import javax.jms.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The intake against a real broker: batches, failures, unreadable events. */
class EventIntakeTest {
    private static final String QUEUE = ForbindAddresses.TRANSPARENCY_EVENTS;

    private final EmbeddedBroker broker = new EmbeddedBroker();
    private final List<DataAccessEvent> stored = new ArrayList<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private EventIntake intake;

    EventIntakeTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        intake.stop();
        broker.close();
    }

    @Test
    void eventsAreStoredInBatchesAndAcknowledgedAfterTheStoreCommits() throws Exception {
        List<String> sent = send(120, "");
        start(50);
        Await.until("120 events stored", () -> storedIds().size() >= 120);
        assertEquals(sent, storedIds());
        Await.until("the queue drained", () -> broker.browse(QUEUE).isEmpty());
    }

    @Test
    void aBatchTheStoreRefusesStaysOnTheQueueAndIsRetried() throws Exception {
        failuresToCome.set(2);
        List<String> sent = send(10, "");
        start(50);
        Await.until("10 events stored", () -> storedIds().size() >= 10);
        assertEquals(sent, storedIds());
        assertEquals(0, failuresToCome.get(), "both refusals were met before the batch was stored");
    }

    @Test
    void anUnreadableEventIsParkedWithItsReasonAndTheRestAreStored() throws Exception {
        send(3, "not an event");
        start(50);
        Await.until("3 events stored and 1 parked",
                () -> storedIds().size() >= 3 && broker.browse(ForbindAddresses.deadLetter(QUEUE)).size() == 1);
        var parked = broker.browse(ForbindAddresses.deadLetter(QUEUE)).get(0);
        assertTrue(parked.getStringProperty(ForbindHeaders.ERROR).contains("not JSON"));
        assertEquals(QUEUE, parked.getStringProperty(ForbindHeaders.ORIGINAL_ADDRESS));
    }

    @Test
    void aNodeThatDoesNotWriteTheChainLeavesTheEventsOnTheQueueUntilItsTurnComes() throws Exception {
        AtomicBoolean writer = new AtomicBoolean(false);
        List<String> sent = send(20, "");
        start(50, writer::get);
        Thread.sleep(1500);
        assertEquals(List.of(), storedIds(), "not the writer: nothing taken");
        assertEquals(20, broker.browse(QUEUE).size(), "all still on the queue, none held by a consumer");
        writer.set(true);
        Await.until("20 events stored", () -> storedIds().size() >= 20);
        assertEquals(sent, storedIds());
    }

    /** The ids stored so far, read under the lock the intake's thread writes under. */
    private List<String> storedIds() {
        synchronized (stored) {
            return stored.stream().map(DataAccessEvent::eventId).toList();
        }
    }

    private void start(int batchSize) {
        start(batchSize, () -> true);
    }

    private void start(int batchSize, java.util.function.BooleanSupplier writer) {
        intake = new EventIntake(broker.connectionFactory(), new EventIntake.Store() {
            @Override
            public int append(List<DataAccessEvent> events) {
                if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("database unavailable");
                }
                synchronized (stored) {
                    stored.addAll(events);
                }
                return events.size();
            }

            @Override
            public void idle() {
            }
        }, batchSize, 100, writer);
        new Thread(intake, "intake-under-test").start();
    }

    private List<String> send(int count, String extraBody) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(QUEUE))) {
            for (int i = 0; i < count; i++) {
                DataAccessEvent event = SampleAccessEvents.about(SampleAccessEvents.CITIZEN, Instant.now());
                ids.add(event.eventId());
                producer.send(session.createTextMessage(DataAccessEventJson.write(event)));
                if (i == 1 && !extraBody.isEmpty()) {
                    producer.send(session.createTextMessage(extraBody));
                }
            }
        }
        return ids;
    }
}
