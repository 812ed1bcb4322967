package dk.forbind.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a commit survive a kill -9 on the embedded H2 database, which otherwise writes committed
 * changes to its file a little later (see docs/development.md). Other databases are durable at commit.
 * Call it right after {@code commit()} on the same connection.
 */
public final class DurableCommit {
    private DurableCommit() {
    }

    public static void forceToDisk(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }
}
