package dk.forbind.core.health;

import dk.forbind.api.ConnectorRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Session;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /forbind/health}: 200 with status UP when the node is ready, 503 with DOWN and the
 * reasons otherwise. {@code GET /forbind/health/live}: 200 whenever the node answers at all.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/health",
        "osgi.http.whiteboard.servlet.pattern=/forbind/health/live",
        "osgi.http.whiteboard.servlet.name=forbind-health"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Reference
    private transient ConnectorRegistry connectors;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile transient ConnectionFactory connectionFactory;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().endsWith("/live")) {
            response.getWriter().write("{\"status\":\"UP\"}");
            return;
        }
        HealthReport report = new HealthReport(brokerProblem(), databaseProblem(), connectors.connectors());
        response.setStatus(report.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.getWriter().write(report.toJson(Instant.now()));
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
