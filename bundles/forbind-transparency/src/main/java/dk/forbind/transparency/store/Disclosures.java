package dk.forbind.transparency.store;

import dk.forbind.core.DurableCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Auditor disclosures of hidden records. A disclosure is kept in its own table, beside the chain,
 * so that disclosing never alters a chained record; it is itself never deleted except with its
 * record by a retention purge.
 */
public final class Disclosures {
    private final DataSource dataSource;

    public Disclosures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What happened when an auditor asked to disclose an event. */
    public enum Outcome { DISCLOSED, ALREADY_DISCLOSED, NOT_HIDDEN, UNKNOWN_EVENT }

    public Outcome disclose(String eventId, String auditor, String reason, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Instant> hiddenUntil;
                try (PreparedStatement query = connection.prepareStatement("SELECT hidden_until FROM "
                        + RegistrySchema.EVENTS + " WHERE event_id = ?")) {
                    query.setString(1, eventId);
                    try (ResultSet row = query.executeQuery()) {
                        if (!row.next()) {
                            return Outcome.UNKNOWN_EVENT;
                        }
                        hiddenUntil = Optional.ofNullable(EventRows.instant(row, "hidden_until"));
                    }
                }
                if (hiddenUntil.isEmpty() || !now.isBefore(hiddenUntil.get())) {
                    return Outcome.NOT_HIDDEN;
                }
                if (exists(connection, eventId)) {
                    return Outcome.ALREADY_DISCLOSED;
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RegistrySchema.DISCLOSURES
                        + " (event_id, disclosed_at, disclosed_by, reason) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, eventId);
                    insert.setObject(2, EventRows.timestamp(now));
                    insert.setString(3, auditor);
                    insert.setString(4, reason);
                    insert.executeUpdate();
                }
                connection.commit();
                DurableCommit.forceToDisk(connection);
                return Outcome.DISCLOSED;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        }
    }

    private static boolean exists(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM " + RegistrySchema.DISCLOSURES + " WHERE event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
