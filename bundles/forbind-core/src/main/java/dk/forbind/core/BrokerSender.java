package dk.forbind.core;

import java.util.Optional;
import javax.jms.JMSException;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsMessage;

/**
 * Who sent a message on the broker, as the broker itself says: it writes the sender's validated user
 * ({@code JMSXUserID}) on every message, over anything the sender wrote. An agency system's user is
 * {@link dk.forbind.api.auth.AgencySystem#brokerUser()}; the platform's own accounts have theirs.
 */
public final class BrokerSender {
    /** The JMS property the broker writes the validated user in. */
    public static final String VALIDATED_USER = "JMSXUserID";

    private BrokerSender() {
    }

    /** The broker's validated user of a message consumed from the broker; empty for anything else. */
    public static Optional<String> validatedUser(Message message) {
        if (!(message instanceof JmsMessage jms) || jms.getJmsMessage() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(jms.getJmsMessage().getStringProperty(VALIDATED_USER));
        } catch (JMSException unreadable) {
            return Optional.empty();
        }
    }
}
