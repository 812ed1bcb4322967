package dk.forbind.core.dlq;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.QueueDepths;
import java.util.Map;
import java.util.TreeMap;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The depth of every Forbind queue ({@code forbind.*}) and dead-letter queue, asked of the broker by management
 * messages on one connection.
 */
@Component(service = QueueDepths.class)
public class BrokerQueueDepths implements QueueDepths {

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    @Override
    public Map<String, Long> depths() {
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            BrokerManagement broker = new BrokerManagement(connection);
            Map<String, Long> depths = new TreeMap<>();
            for (String queue : broker.queueNames()) {
                if (queue.startsWith("forbind.") || ForbindAddresses.isDeadLetter(queue)) {
                    depths.put(queue, broker.messageCount(queue));
                }
            }
            return depths;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot ask the broker for its queues: " + e.getMessage(), e);
        }
    }
}
