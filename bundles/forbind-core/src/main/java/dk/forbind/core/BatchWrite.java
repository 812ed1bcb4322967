package dk.forbind.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The database writes of a connector that consumes in batches ({@link ForbindEndpoints#batches}): each message adds
 * its items ({@link MessageBatch#write}), and the platform writes the items of a whole batch in one database
 * transaction, committed before the broker transaction that takes the batch's messages. A crash between the two
 * commits delivers the batch again, so writing must be idempotent: writing the same items twice leaves the same rows.
 *
 * @param <T> what one message writes, e.g. a person
 */
public interface BatchWrite<T> {
    /** The database the items go to; the writes of one batch to one database share a transaction. */
    DataSource dataSource();

    /**
     * Writes the items on {@code connection}, in the order their messages were taken (auto-commit is off; the
     * platform commits, or rolls back when this throws).
     */
    void write(Connection connection, List<T> items) throws SQLException;
}
