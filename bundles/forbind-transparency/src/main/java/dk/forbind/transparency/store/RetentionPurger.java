package dk.forbind.transparency.store;

import dk.forbind.api.transparency.RetentionPurge;
import dk.forbind.core.DurableCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes old records without breaking verification: it cuts at the newest signed checkpoint whose
 * record is older than the cutoff, deletes every record up to it (and their disclosures) and every
 * older checkpoint, and keeps that checkpoint as the anchor the remaining chain starts from.
 */
public final class RetentionPurger {
    private final DataSource dataSource;

    public RetentionPurger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public RetentionPurge purgeBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                EventLog.Head.lock(connection); // no append while the cut is made
                Long anchor = anchorBefore(connection, cutoff);
                if (anchor == null) {
                    connection.rollback();
                    return RetentionPurge.nothing();
                }
                delete(connection, "DELETE FROM " + RegistrySchema.DISCLOSURES + " WHERE event_id IN (SELECT event_id FROM "
                        + RegistrySchema.EVENTS + " WHERE seq <= ?)", anchor);
                long purged = delete(connection, "DELETE FROM " + RegistrySchema.EVENTS + " WHERE seq <= ?", anchor);
                delete(connection, "DELETE FROM " + RegistrySchema.CHECKPOINTS + " WHERE seq < ?", anchor);
                connection.commit();
                DurableCommit.forceToDisk(connection);
                return new RetentionPurge(purged, anchor);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static Long anchorBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(c.seq) FROM "
                + RegistrySchema.CHECKPOINTS + " c JOIN " + RegistrySchema.EVENTS + " e ON e.seq = c.seq"
                + " WHERE e.log_time < ?")) {
            query.setObject(1, EventRows.timestamp(cutoff));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long seq = row.getLong(1);
                return row.wasNull() ? null : seq;
            }
        }
    }

    private static long delete(Connection connection, String sql, long seq) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, seq);
            return delete.executeUpdate();
        }
    }
}
