package dk.forbind.core.dlq;

import dk.forbind.api.cluster.BrokerState;
import dk.forbind.api.cluster.BrokerStatus;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link BrokerStatus} through Artemis management messages on the platform's connection factory. */
@Component(service = BrokerStatus.class)
public class BrokerStatusService implements BrokerStatus {

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    @Override
    public BrokerState state() {
        try {
            return BrokerManagement.state(connectionFactory);
        } catch (JMSException e) {
            throw new IllegalStateException("the broker does not tell its state: " + e.getMessage(), e);
        }
    }
}
