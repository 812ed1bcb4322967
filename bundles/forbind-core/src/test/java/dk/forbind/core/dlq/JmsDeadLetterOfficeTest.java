package dk.forbind.core.dlq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DeadLetter;
import dk.forbind.api.DeadLetterQueueInfo;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.core.TransactedBatchSender;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.List;
import java.util.Map;
import javax.jms.Connection;
import javax.jms.Message;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JmsDeadLetterOfficeTest {
    private static final String ADDRESS = "forbind.x.in";
    private static final String DLQ = "DLQ.forbind.x.in";

    private EmbeddedBroker broker;
    private JmsDeadLetterOffice office;

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedBroker();
        office = new JmsDeadLetterOffice(broker.connectionFactory());
        park("0013102901234 bad line", "CPR date part 310290 is not a date", "dup-1");
        park("second", "IllegalStateException: down", "dup-2");
    }

    @AfterEach
    void stop() throws Exception {
        broker.close();
    }

    @Test
    void listsDeadLetterQueuesWithTheirDepth() {
        assertEquals(List.of(new DeadLetterQueueInfo(DLQ, 2)), office.queues());
    }

    @Test
    void browsesWithoutRemoving() throws Exception {
        List<DeadLetter> letters = office.browse(DLQ, 10);
        assertEquals(2, letters.size());
        assertEquals("CPR date part 310290 is not a date", letters.get(0).error());
        assertEquals(ADDRESS, letters.get(0).originalAddress());
        assertEquals("file.txt", letters.get(0).properties().get(ForbindHeaders.SOURCE_FILE));
        assertEquals(2, broker.browse(DLQ).size());
    }

    @Test
    void replaysOneMessageCorrectedToItsAddress() throws Exception {
        String id = office.browse(DLQ, 10).get(0).messageId();

        assertEquals(ADDRESS, office.replay(DLQ, id, "0013001901234 fixed line"));

        List<Message> replayed = broker.browse(ADDRESS);
        assertEquals(1, replayed.size());
        Message message = replayed.get(0);
        assertEquals("0013001901234 fixed line", ((TextMessage) message).getText());
        assertEquals(1, message.getIntProperty(ForbindHeaders.REPLAY_COUNT));
        assertEquals("file.txt", message.getStringProperty(ForbindHeaders.SOURCE_FILE));
        assertFalse(message.propertyExists(ForbindHeaders.ERROR));
        assertFalse(message.propertyExists(TransactedBatchSender.DUPLICATE_ID), "else the broker drops the replay");
        assertEquals(1, broker.browse(DLQ).size());
    }

    @Test
    void replayOfAnUnknownMessageSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> office.replay(DLQ, "ID:no-such-message", null));
        assertTrue(e.getMessage().contains("no message ID:no-such-message on " + DLQ), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> office.replay(DLQ, "x' OR '1'='1", null));
    }

    @Test
    void replaysAllAsTheyAre() throws Exception {
        assertEquals(2, office.replayAll(DLQ));
        assertEquals(2, broker.browse(ADDRESS).size());
        assertEquals("second", ((TextMessage) broker.browse(ADDRESS).get(1)).getText());
        assertTrue(broker.browse(DLQ).isEmpty());
    }

    @Test
    void onlyDeadLetterQueuesAreHandled() {
        assertThrows(IllegalArgumentException.class, () -> office.browse(ADDRESS, 1));
        assertThrows(IllegalArgumentException.class, () -> office.replayAll(ADDRESS));
    }

    private void park(String body, String error, String duplicateId) throws Exception {
        try (Connection connection = broker.connectionFactory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(DLQ))) {
            TextMessage message = session.createTextMessage(body);
            for (Map.Entry<String, String> p : Map.of(ForbindHeaders.ERROR, error,
                    ForbindHeaders.ORIGINAL_ADDRESS, ADDRESS, ForbindHeaders.FAILED_AT, "2026-11-28T12:00:00Z",
                    ForbindHeaders.SOURCE_FILE, "file.txt", ForbindHeaders.SOURCE_LINE, "3",
                    TransactedBatchSender.DUPLICATE_ID, duplicateId).entrySet()) {
                message.setStringProperty(p.getKey(), p.getValue());
            }
            producer.send(message);
        }
    }
}
