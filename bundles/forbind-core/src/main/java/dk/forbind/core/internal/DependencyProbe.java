package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDependency;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Session;
import javax.sql.DataSource;

/**
 * Asks a dependency whether it answers: the platform database for a valid connection, an HTTP endpoint for any
 * answer below 500, the broker for a connection. Each question is bounded by a time-out. The connectors' waiting
 * and the node's health ask the same way.
 */
public final class DependencyProbe {
    private final Supplier<DataSource> database;
    private final Supplier<ConnectionFactory> broker;
    private final Duration timeout;

    public DependencyProbe(Supplier<DataSource> database, Supplier<ConnectionFactory> broker, Duration timeout) {
        this.database = database;
        this.broker = broker;
        this.timeout = timeout;
    }

    /** Why the dependency does not answer, or empty when it does. */
    public Optional<String> problem(ConnectorDependency dependency) {
        return switch (dependency.kind()) {
            case DATABASE -> database();
            case HTTP -> http(dependency.target());
            case ADDRESS -> broker();
        };
    }

    /** Why the platform database does not answer, or empty when it does. */
    public Optional<String> database() {
        DataSource source = database.get();
        if (source == null) {
            return Optional.of("no data source jdbc/forbind (etc/org.ops4j.datasource-forbind.cfg)");
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds())) ? Optional.empty()
                    : Optional.of("database connection is not valid");
        } catch (SQLException e) {
            return Optional.of("database unreachable: " + e.getMessage());
        }
    }

    private Optional<String> http(String url) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(url).toURL().openConnection();
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout((int) timeout.toMillis());
            int status = http.getResponseCode();
            http.disconnect();
            return status < 500 ? Optional.empty() : Optional.of(url + " answered HTTP " + status);
        } catch (IOException | RuntimeException e) {
            return Optional.of(url + ": " + e);
        }
    }

    /** Why the broker does not answer, or empty when it does. */
    public Optional<String> broker() {
        ConnectionFactory factory = broker.get();
        if (factory == null) {
            return Optional.of("no JMS connection factory jms/forbind (etc/org.ops4j.connectionfactory-forbind.cfg)");
        }
        try (javax.jms.Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            return Optional.empty();
        } catch (JMSException | RuntimeException e) {
            return Optional.of("broker unreachable: " + e.getMessage());
        }
    }
}
