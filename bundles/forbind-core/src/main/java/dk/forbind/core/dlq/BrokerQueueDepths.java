package dk.forbind.core.dlq;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.QueueDepths;
import java.util.Map;
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
        try {
            return BrokerManagement.depths(connectionFactory,
                    queue -> queue.startsWith("forbind.") || ForbindAddresses.isDeadLetter(queue));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot ask the broker for its queues: " + e.getMessage(), e);
        }
    }
}
