package dk.forbind.transparency.store;

import dk.forbind.transparency.chain.Checkpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The signed checkpoints table. */
final class Checkpoints {
    private Checkpoints() {
    }

    static long latestSeq(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(seq) FROM " + RegistrySchema.CHECKPOINTS)) {
            row.next();
            return row.getLong(1);
        }
    }

    static void insert(Connection connection, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RegistrySchema.CHECKPOINTS
                + " (seq, hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.seq());
            insert.setString(2, checkpoint.hash());
            insert.setObject(3, EventRows.timestamp(checkpoint.createdAt()));
            insert.setString(4, checkpoint.keyId());
            insert.setString(5, checkpoint.signature());
            insert.executeUpdate();
        }
    }

    /** All checkpoints, oldest first. */
    static List<Checkpoint> all(Connection connection) throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT seq, hash, created_at, key_id, signature FROM "
                     + RegistrySchema.CHECKPOINTS + " ORDER BY seq")) {
            while (rows.next()) {
                checkpoints.add(new Checkpoint(rows.getLong(1), rows.getString(2),
                        EventRows.instant(rows, "created_at"), rows.getString(4), rows.getString(5)));
            }
        }
        return checkpoints;
    }
}
