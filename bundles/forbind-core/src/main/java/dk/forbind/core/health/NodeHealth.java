package dk.forbind.core.health;

import dk.forbind.api.ConnectorRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Session;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether the node is ready, asked afresh each time: the broker and the database answer, every connector runs.
 * Served at {@code /forbind/health} by {@link HealthServlet} and, where plain HTTP is off, by
 * {@link LocalHealthListener}.
 */
@Component(service = NodeHealth.class)
public class NodeHealth {
    private static final int DATABASE_TIMEOUT_SECONDS = 2;
    static final String LIVE = "{\"status\":\"UP\"}";

    @Reference
    private ConnectorRegistry connectors;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory connectionFactory;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    /** The answer to a health request: 200 and UP when ready, 503 and DOWN with the reasons otherwise. */
    Answer answer() {
        HealthReport report = new HealthReport(brokerProblem(), databaseProblem(), connectors.connectors());
        return new Answer(report.ready() ? 200 : 503, report.toJson(Instant.now()));
    }

    record Answer(int status, String json) {
    }

    private String brokerProblem() {
        ConnectionFactory factory = connectionFactory;
        if (factory == null) {
            return "no JMS connection factory jms/forbind (etc/org.ops4j.connectionfactory-forbind.cfg)";
        }
        try (javax.jms.Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            return null;
        } catch (JMSException | RuntimeException e) {
            return "broker unreachable: " + e.getMessage();
        }
    }

    private String databaseProblem() {
        DataSource source = dataSource;
        if (source == null) {
            return "no data source jdbc/forbind (etc/org.ops4j.datasource-forbind.cfg)";
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS) ? null : "database connection is not valid";
        } catch (SQLException e) {
            return "database unreachable: " + e.getMessage();
        }
    }
}
