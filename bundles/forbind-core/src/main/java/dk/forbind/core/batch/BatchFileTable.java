package dk.forbind.core.batch;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.batch.CompletedBatchFile;
import dk.forbind.core.DurableCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The batch-file ledger as the table {@code forbind_batch_file} of the platform database (plain SQL
 * that H2 and PostgreSQL both accept). A row per connector and content; rows older than the retention
 * time are removed when a new file is recorded, and no longer count as completed.
 */
public final class BatchFileTable implements BatchFileLedger {
    static final String TABLE = "forbind_batch_file";
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "connector VARCHAR(64) NOT NULL, digest CHAR(64) NOT NULL, file_name VARCHAR(255) NOT NULL, "
            + "batch_id VARCHAR(64), records BIGINT NOT NULL, completed_at TIMESTAMP NOT NULL, "
            + "PRIMARY KEY (connector, digest))";
    private static final String COLUMNS = "connector, digest, file_name, batch_id, records, completed_at";

    private final DataSource dataSource;
    private final Duration retention;
    private final Clock clock;

    public BatchFileTable(DataSource dataSource, Duration retention, Clock clock) {
        this.dataSource = dataSource;
        this.retention = retention;
        this.clock = clock;
    }

    public void createIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
    }

    @Override
    public Optional<CompletedBatchFile> completed(String connector, String digest) {
        List<CompletedBatchFile> found = query("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE connector = ? AND digest = ? AND completed_at >= ?", 1, connector, digest, oldestKept());
        return found.stream().findFirst();
    }

    @Override
    public void record(CompletedBatchFile file) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement purge = connection.prepareStatement(
                    "DELETE FROM " + TABLE + " WHERE completed_at < ?");
                 PreparedStatement existing = connection.prepareStatement(
                         "SELECT 1 FROM " + TABLE + " WHERE connector = ? AND digest = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                purge.setTimestamp(1, oldestKept());
                purge.executeUpdate();
                existing.setString(1, file.connector());
                existing.setString(2, file.digest());
                try (ResultSet rows = existing.executeQuery()) {
                    if (!rows.next()) {
                        insert.setString(1, file.connector());
                        insert.setString(2, file.digest());
                        insert.setString(3, file.fileName());
                        insert.setString(4, file.batchId());
                        insert.setLong(5, file.records());
                        insert.setTimestamp(6, Timestamp.from(file.completedAt()));
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            // a recorded file must survive a killed node
            DurableCommit.forceToDisk(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record completed batch file " + file.fileName() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<CompletedBatchFile> recent(String connector, int max) {
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE completed_at >= ?"
                + (connector == null ? "" : " AND connector = ?") + " ORDER BY completed_at DESC";
        return connector == null ? query(sql, max, oldestKept()) : query(sql, max, oldestKept(), connector);
    }

    private Timestamp oldestKept() {
        return Timestamp.from(Instant.now(clock).minus(retention));
    }

    private List<CompletedBatchFile> query(String sql, int maxRows, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(maxRows);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<CompletedBatchFile> files = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.add(new CompletedBatchFile(rows.getString(1), rows.getString(2).strip(), rows.getString(3),
                            rows.getString(4), rows.getLong(5), rows.getTimestamp(6).toInstant()));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the batch-file ledger: " + e.getMessage(), e);
        }
    }
}
