package dk.forbind.core.dlq;

import dk.forbind.api.DeadLetter;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.jms.BytesMessage;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.Session;
import javax.jms.TextMessage;

/** Reads dead letters for operators and builds the message that a replay sends back. */
final class DeadLetterCopy {
    /** Set by Artemis when it moves a message to a dead-letter address after its delivery attempts. */
    static final String BROKER_ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final Set<String> DEAD_LETTER_MARKS = Set.of(ForbindHeaders.ERROR, ForbindHeaders.FAILED_AT,
            ForbindHeaders.ORIGINAL_ADDRESS);

    private DeadLetterCopy() {
    }

    static DeadLetter read(String queue, Message message) throws JMSException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : Collections.list(propertyNames(message))) {
            properties.put(name, message.getObjectProperty(name));
        }
        String error = message.getStringProperty(ForbindHeaders.ERROR);
        if (error == null && message.propertyExists(BROKER_ORIGINAL_ADDRESS)) {
            error = "delivery attempts exhausted at the broker";
        }
        String failedAt = message.getStringProperty(ForbindHeaders.FAILED_AT);
        Instant parkedAt = failedAt != null ? Instant.parse(failedAt) : Instant.ofEpochMilli(message.getJMSTimestamp());
        return new DeadLetter(message.getJMSMessageID(), queue, originalAddress(queue, message), error, parkedAt,
                properties, bodyText(message));
    }

    /** Where a replay sends the message: the address it failed on. */
    static String originalAddress(String queue, Message message) throws JMSException {
        String address = message.getStringProperty(ForbindHeaders.ORIGINAL_ADDRESS);
        if (address == null) {
            address = message.getStringProperty(BROKER_ORIGINAL_ADDRESS);
        }
        return address != null ? address : ForbindAddresses.originOfDeadLetter(queue);
    }

    /**
     * A fresh message with the body (or the operator's correction) and the application properties of
     * the dead letter, without the dead-letter marks and without broker-internal properties (a kept
     * duplicate-detection id would make the broker drop the replay).
     */
    static Message replayOf(Session session, Message dead, String replacementBody) throws JMSException {
        Message copy;
        if (replacementBody != null) {
            copy = session.createTextMessage(replacementBody);
        } else if (dead instanceof TextMessage) {
            copy = session.createTextMessage(((TextMessage) dead).getText());
        } else if (dead instanceof BytesMessage) {
            BytesMessage bytes = session.createBytesMessage();
            bytes.writeBytes(bytesOf((BytesMessage) dead));
            copy = bytes;
        } else {
            throw new IllegalArgumentException("message " + dead.getJMSMessageID() + " is a "
                    + dead.getClass().getSimpleName() + "; only text and bytes messages can be replayed");
        }
        for (String name : Collections.list(propertyNames(dead))) {
            if (!name.startsWith("_AMQ") && !name.startsWith("JMSX") && !DEAD_LETTER_MARKS.contains(name)) {
                copy.setObjectProperty(name, dead.getObjectProperty(name));
            }
        }
        int replays = dead.propertyExists(ForbindHeaders.REPLAY_COUNT)
                ? dead.getIntProperty(ForbindHeaders.REPLAY_COUNT) : 0;
        copy.setIntProperty(ForbindHeaders.REPLAY_COUNT, replays + 1);
        copy.setJMSCorrelationID(dead.getJMSCorrelationID());
        copy.setJMSType(dead.getJMSType());
        return copy;
    }

    private static String bodyText(Message message) throws JMSException {
        if (message instanceof TextMessage) {
            return ((TextMessage) message).getText();
        }
        if (message instanceof BytesMessage) {
            BytesMessage bytes = (BytesMessage) message;
            String text = new String(bytesOf(bytes), StandardCharsets.UTF_8);
            bytes.reset();
            return text;
        }
        return "<" + message.getClass().getSimpleName() + ">";
    }

    private static byte[] bytesOf(BytesMessage message) throws JMSException {
        byte[] data = new byte[(int) message.getBodyLength()];
        message.readBytes(data);
        return data;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Enumeration<String> propertyNames(Message message) throws JMSException {
        return (java.util.Enumeration<String>) message.getPropertyNames();
    }
}
