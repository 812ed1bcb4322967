package dk.forbind.core.internal;

import dk.forbind.api.DependencyUnavailableException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Whether a failure says that something the connector needs is down rather than that the message is at fault:
 * a {@link DependencyUnavailableException}, a lost or refused database connection (SQLState class 08, an
 * administrator's shutdown 57P01–57P03, the pool's own connection errors) or a network connection that could not
 * be made or timed out, or a broker session or transaction lost to a broker that went away (a fail-over to its
 * backup: the session is closed, the transaction rolled back). Such a message waits on the broker; any other
 * failure follows the usual redelivery and dead-letter path.
 */
final class Outage {
    /** The hint for a failure that names no declared dependency (a network failure): probe them all. */
    static final String ANY = "";

    private Outage() {
    }

    /** The dependency the failure points at ({@code database}, a declared name, or {@link #ANY}), if it is one. */
    static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DependencyUnavailableException unavailable) {
                return Optional.of(unavailable.dependency() == null ? ANY : unavailable.dependency());
            }
            if (t instanceof SQLException sql && lostConnection(sql)) {
                return Optional.of("database");
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof UnknownHostException || lostBroker(t)) {
                return Optional.of(ANY);
            }
        }
        return Optional.empty();
    }

    /** A closed session, a transaction the broker rolled back, or Artemis' own "not connected" failures. */
    private static boolean lostBroker(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof javax.jms.IllegalStateException || t instanceof javax.jms.TransactionRolledBackException
                || name.equals("org.apache.activemq.artemis.api.core.ActiveMQNotConnectedException")
                || name.equals("org.apache.activemq.artemis.api.core.ActiveMQUnBlockedException")
                || name.equals("org.apache.activemq.artemis.api.core.ActiveMQObjectClosedException")
                || name.equals("org.apache.activemq.artemis.api.core.ActiveMQTransactionRolledBackException");
    }

    private static boolean lostConnection(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
