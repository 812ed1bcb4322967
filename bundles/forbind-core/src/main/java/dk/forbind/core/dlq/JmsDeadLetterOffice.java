package dk.forbind.core.dlq;

import dk.forbind.api.DeadLetter;
import dk.forbind.api.DeadLetterOffice;
import dk.forbind.api.DeadLetterQueueInfo;
import dk.forbind.api.ForbindAddresses;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Queue;
import javax.jms.QueueBrowser;
import javax.jms.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dead letters on the shared broker, read and replayed over JMS. */
@Component(service = DeadLetterOffice.class)
public class JmsDeadLetterOffice implements DeadLetterOffice {
    private static final Logger LOG = LoggerFactory.getLogger(JmsDeadLetterOffice.class);
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:_.-]+");
    private static final long RECEIVE_TIMEOUT_MS = 3000;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    public JmsDeadLetterOffice() {
        // for Declarative Services
    }

    JmsDeadLetterOffice(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    @Override
    public List<DeadLetterQueueInfo> queues() {
        try {
            return BrokerManagement.depths(connectionFactory, ForbindAddresses::isDeadLetter).entrySet().stream()
                    .map(queue -> new DeadLetterQueueInfo(queue.getKey(), queue.getValue())).toList();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot list dead-letter queues: " + e.getMessage(), e);
        }
    }

    @Override
    public List<DeadLetter> browse(String queue, int max) {
        requireDeadLetterQueue(queue);
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
            connection.start();
            List<DeadLetter> result = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && result.size() < max) {
                result.add(DeadLetterCopy.read(queue, (Message) messages.nextElement()));
            }
            return result;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse " + queue + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String replay(String queue, String messageId, String replacementBody) {
        requireDeadLetterQueue(queue);
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("'" + messageId + "' is not a message id (they look like ID:...)");
        }
        String target = moveOne(queue, "JMSMessageID = '" + messageId + "'", replacementBody);
        if (target == null) {
            throw new IllegalArgumentException("no message " + messageId + " on " + queue);
        }
        return target;
    }

    @Override
    public int replayAll(String queue) {
        requireDeadLetterQueue(queue);
        // bounded by what is there now: a message that fails again comes back and must not be replayed twice
        long waiting = browse(queue, Integer.MAX_VALUE).size();
        int replayed = 0;
        while (replayed < waiting && moveOne(queue, null, null) != null) {
            replayed++;
        }
        return replayed;
    }

    /** Takes one message off the queue and sends it to its original address in one transaction. */
    private String moveOne(String queue, String selector, String replacementBody) {
        try (Connection connection = connectionFactory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            connection.start();
            Queue source = session.createQueue(queue);
            try (MessageConsumer consumer = session.createConsumer(source, selector)) {
                Message dead = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (dead == null) {
                    return null;
                }
                String target = DeadLetterCopy.originalAddress(queue, dead);
                try (MessageProducer producer = session.createProducer(session.createQueue(target))) {
                    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                    producer.send(DeadLetterCopy.replayOf(session, dead, replacementBody));
                }
                session.commit();
                LOG.info("Replayed {} from {} to {}{}", dead.getJMSMessageID(), queue, target,
                        replacementBody == null ? "" : " with a corrected body");
                return target;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot replay from " + queue + ": " + e.getMessage(), e);
        }
    }

    private static void requireDeadLetterQueue(String queue) {
        if (!ForbindAddresses.isDeadLetter(queue)) {
            throw new IllegalArgumentException("'" + queue + "' is not a dead-letter queue; their names start with "
                    + ForbindAddresses.DEAD_LETTER_PREFIX);
        }
    }
}
