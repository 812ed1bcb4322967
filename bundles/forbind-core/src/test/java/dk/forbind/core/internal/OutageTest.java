package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import javax.jms.IllegalStateException;
import javax.jms.JMSException;
import javax.jms.TransactionRolledBackException;
import org.junit.jupiter.api.Test;

/** Which failures mean "something the connector needs is down" and which are the message's own. */
class OutageTest {

    @Test
    void aLostDatabaseConnectionIsAnOutageOfTheDatabase() {
        assertEquals(Optional.of("database"), Outage.of(new RuntimeException(new SQLException("gone", "08006"))));
    }

    @Test
    void aBrokerThatFailedOverIsAnOutageNotTheMessagesFault() {
        assertEquals(Optional.of(Outage.ANY), Outage.of(new RuntimeException("Session is closed",
                new IllegalStateException("Session is closed"))));
        assertEquals(Optional.of(Outage.ANY), Outage.of(new TransactionRolledBackException(
                "AMQ219030: The transaction was rolled back on failover to a backup server")));
        assertEquals(Optional.of(Outage.ANY), Outage.of(new ConnectException("refused")));
    }

    @Test
    void otherFailuresAreTheMessagesOwn() {
        assertEquals(Optional.empty(), Outage.of(new JMSException("message too large")));
        assertEquals(Optional.empty(), Outage.of(new SQLException("value too long", "22001")));
        assertEquals(Optional.empty(), Outage.of(new NumberFormatException("x")));
    }
}
