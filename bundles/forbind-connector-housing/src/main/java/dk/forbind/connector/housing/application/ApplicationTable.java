package dk.forbind.connector.housing.application;

import dk.forbind.core.DurableCommit;
import dk.forbind.core.TablesOnFirstUse;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The housing-benefit applications Forbind has taken ({@code forbind_housing_application}): one row per
 * application, whose status only moves forward ({@link ApplicationStatus#mayBecome}), so a message processed twice
 * after a crash changes nothing the second time. Each change is durable when the call returns.
 */
public final class ApplicationTable {
    static final String TABLE = "forbind_housing_application";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int REASONS_LENGTH = 4000;
    private static final String COLUMNS = "id, applicant_cpr, submitted_by, status, case_id, reasons, received_at, "
            + "updated_at, granted, monthly_amount, letter_uuid, correlation_id";

    private final DataSource dataSource;
    private final Clock clock;
    private final TablesOnFirstUse tables;

    public ApplicationTable(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.tables = new TablesOnFirstUse("housing-benefit applications", this::create);
    }

    public void createAtStart() {
        tables.atStart();
    }

    private void create() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id CHAR(36) PRIMARY KEY, "
                    + "applicant_cpr CHAR(10) NOT NULL, submitted_by CHAR(10), status VARCHAR(12) NOT NULL, "
                    + "case_id VARCHAR(20), reasons VARCHAR(" + REASONS_LENGTH + "), received_at TIMESTAMP NOT NULL, "
                    + "updated_at TIMESTAMP NOT NULL, checked_at TIMESTAMP, granted BOOLEAN, "
                    + "monthly_amount DECIMAL(12, 2), letter_uuid CHAR(36), correlation_id VARCHAR(64))");
            statement.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_applicant ON " + TABLE + " (applicant_cpr)");
            statement.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_status ON " + TABLE + " (status, checked_at)");
        }
    }

    /** Registers a new application as {@link ApplicationStatus#QUEUED}; false when it is registered already. */
    public boolean register(UUID id, String applicantCpr, String submittedByCpr, String correlationId)
            throws SQLException {
        tables.ensure();
        Instant now = Instant.now(clock);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                     + " (id, applicant_cpr, submitted_by, status, received_at, updated_at, correlation_id)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id.toString());
            insert.setString(2, applicantCpr);
            insert.setString(3, submittedByCpr);
            insert.setString(4, ApplicationStatus.QUEUED.name());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setString(7, correlationId);
            insert.executeUpdate();
            DurableCommit.forceToDisk(connection);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** The case system opened case {@code caseId} for the application. */
    public boolean submitted(UUID id, String caseId) throws SQLException {
        return advance(id, ApplicationStatus.SUBMITTED, "case_id = ?", caseId);
    }

    /** The case system refused the application; the reasons are the citizen's to read. */
    public boolean refused(UUID id, List<String> reasons) throws SQLException {
        String joined = String.join("\n", reasons);
        return advance(id, ApplicationStatus.INVALID, "reasons = ?",
                joined.length() > REASONS_LENGTH ? joined.substring(0, REASONS_LENGTH) : joined);
    }

    /** The case system decided the application's case. */
    public boolean decided(UUID id, boolean granted, BigDecimal monthlyAmount) throws SQLException {
        return advance(id, ApplicationStatus.DECIDED, "granted = ?, monthly_amount = ?", granted, monthlyAmount);
    }

    /** The decision letter went to Digital Post. */
    public boolean notified(UUID id, UUID letter) throws SQLException {
        return advance(id, ApplicationStatus.NOTIFIED, "letter_uuid = ?", letter.toString());
    }

    private boolean advance(UUID id, ApplicationStatus next, String columns, Object... values) throws SQLException {
        tables.ensure();
        List<String> from = Arrays.stream(ApplicationStatus.values()).filter(s -> s.mayBecome(next))
                .map(ApplicationStatus::name).toList();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET status = ?, "
                     + columns + ", updated_at = ? WHERE id = ? AND status IN ("
                     + String.join(", ", from.stream().map(s -> "?").toList()) + ")")) {
            int i = 1;
            update.setString(i++, next.name());
            for (Object value : values) {
                update.setObject(i++, value, value instanceof Boolean ? Types.BOOLEAN
                        : value instanceof BigDecimal ? Types.DECIMAL : Types.VARCHAR);
            }
            update.setTimestamp(i++, Timestamp.from(Instant.now(clock)));
            update.setString(i++, id.toString());
            for (String status : from) {
                update.setString(i++, status);
            }
            boolean changed = update.executeUpdate() > 0;
            DurableCommit.forceToDisk(connection);
            return changed;
        }
    }

    public Optional<ApplicationRecord> find(UUID id) throws SQLException {
        List<ApplicationRecord> found = query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = ?", 1,
                id.toString());
        return found.stream().findFirst();
    }

    /** The applicant's applications, newest first. */
    public List<ApplicationRecord> of(String applicantCpr, int max) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE applicant_cpr = ? ORDER BY received_at DESC",
                max, applicantCpr);
    }

    /**
     * Those of the applicant's newest {@code max} applications that have not become a case: still queued for the case
     * system, or refused by it as they were.
     */
    public List<ApplicationRecord> notYetCases(String applicantCpr, int max) throws SQLException {
        return of(applicantCpr, max).stream().filter(a -> a.status() == ApplicationStatus.QUEUED
                || a.status() == ApplicationStatus.INVALID).toList();
    }

    /**
     * Up to {@code max} applications whose case awaits a decision, those asked about longest ago first; they are
     * marked as asked about now, so the next look takes the next ones.
     */
    public List<ApplicationRecord> awaitingDecision(int max) throws SQLException {
        List<ApplicationRecord> due = query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE status = ?"
                + " ORDER BY checked_at NULLS FIRST, received_at", max, ApplicationStatus.SUBMITTED.name());
        if (!due.isEmpty()) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement checked = connection.prepareStatement("UPDATE " + TABLE
                         + " SET checked_at = ? WHERE id = ?")) {
                Timestamp now = Timestamp.from(Instant.now(clock));
                for (ApplicationRecord application : due) {
                    checked.setTimestamp(1, now);
                    checked.setString(2, application.id().toString());
                    checked.addBatch();
                }
                checked.executeBatch();
            }
        }
        return due;
    }

    /** How many applications are in each status. */
    public List<String> counts() throws SQLException {
        tables.ensure();
        List<String> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM " + TABLE
                     + " GROUP BY status ORDER BY status")) {
            while (rows.next()) {
                counts.add(rows.getString(1) + " " + rows.getLong(2));
            }
        }
        return counts;
    }

    private List<ApplicationRecord> query(String sql, int max, String parameter) throws SQLException {
        tables.ensure();
        List<ApplicationRecord> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setMaxRows(max);
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(record(row));
                }
            }
        }
        return found;
    }

    private static ApplicationRecord record(ResultSet row) throws SQLException {
        String reasons = row.getString("reasons");
        String letter = row.getString("letter_uuid");
        Boolean granted = row.getObject("granted") == null ? null : row.getBoolean("granted");
        return new ApplicationRecord(UUID.fromString(row.getString("id").strip()), row.getString("applicant_cpr"),
                row.getString("submitted_by"), ApplicationStatus.valueOf(row.getString("status").strip()),
                row.getString("case_id"), reasons == null ? List.of() : List.of(reasons.split("\n")),
                row.getTimestamp("received_at").toInstant(), row.getTimestamp("updated_at").toInstant(), granted,
                row.getBigDecimal("monthly_amount"), letter == null ? null : UUID.fromString(letter.strip()),
                row.getString("correlation_id"));
    }
}
