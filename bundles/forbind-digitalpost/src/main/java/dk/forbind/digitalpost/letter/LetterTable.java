package dk.forbind.digitalpost.letter;

import dk.forbind.api.DataSubject;
import dk.forbind.core.DurableCommit;
import dk.forbind.core.TablesOnFirstUse;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The letters of the platform database ({@code forbind_letter}, with its history in {@code forbind_letter_status};
 * plain SQL that H2 and PostgreSQL both accept). A letter is registered once per UUID with the SHA-256 of its
 * canonical MeMo; its content is kept until it is settled and the retention has passed ({@link #forgetContent}).
 */
public final class LetterTable {
    static final String LETTERS = "forbind_letter";
    static final String HISTORY = "forbind_letter_status";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int DETAIL_LENGTH = 1000;

    private final DataSource dataSource;
    private final Clock clock;
    private final TablesOnFirstUse tables;
    private final LetterRows rows;

    public LetterTable(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.tables = new TablesOnFirstUse("digital-post letters", this::create);
        this.rows = new LetterRows(dataSource);
    }

    public void createAtStart() {
        tables.atStart();
    }

    private void create() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // H2 keeps a BLOB in its LOB store, in blocks; a large BYTEA would sit in the table's pages and make
            // H2 build chunks of many megabytes in memory (it runs out of heap with a few 5 MB letters in flight)
            String content = connection.getMetaData().getDatabaseProductName().startsWith("H2") ? "BLOB" : "BYTEA";
            statement.execute("CREATE TABLE IF NOT EXISTS " + LETTERS + " (message_uuid CHAR(36) PRIMARY KEY, "
                    + "content_sha256 CHAR(64) NOT NULL, sender_id VARCHAR(100) NOT NULL, sender_system VARCHAR(300), "
                    + "recipient_type VARCHAR(3) NOT NULL, recipient_id VARCHAR(10) NOT NULL, "
                    + "label VARCHAR(255) NOT NULL, case_id VARCHAR(100), status VARCHAR(12) NOT NULL, "
                    + "channel VARCHAR(12), transaction_id VARCHAR(64), content_bytes BIGINT NOT NULL, "
                    + "accepted_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, correlation_id VARCHAR(64), "
                    + "memo " + content + ")");
            statement.execute("CREATE INDEX IF NOT EXISTS forbind_letter_recipient ON " + LETTERS
                    + " (recipient_type, recipient_id)");
            statement.execute("CREATE INDEX IF NOT EXISTS forbind_letter_updated ON " + LETTERS + " (updated_at)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (message_uuid CHAR(36) NOT NULL, "
                    + "at TIMESTAMP NOT NULL, status VARCHAR(12) NOT NULL, code VARCHAR(64), detail VARCHAR("
                    + DETAIL_LENGTH + "))");
            statement.execute("CREATE INDEX IF NOT EXISTS forbind_letter_status_uuid ON " + HISTORY + " (message_uuid)");
        }
    }

    /**
     * Registers a letter as {@link LetterStatus#ACCEPTED}, or finds it registered already: the same letter
     * ({@code sha256} equal) or another one under the same UUID.
     */
    public Registration register(NewLetter letter) throws SQLException {
        tables.ensure();
        Instant now = Instant.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + LETTERS
                    + " (message_uuid, content_sha256, sender_id, sender_system, recipient_type, recipient_id, label, "
                    + "case_id, status, content_bytes, accepted_at, updated_at, correlation_id, memo) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, letter.uuid().toString());
                insert.setString(2, letter.sha256());
                insert.setString(3, letter.senderId());
                insert.setString(4, letter.senderSystem());
                insert.setString(5, letter.recipient().type().name());
                insert.setString(6, letter.recipient().id());
                insert.setString(7, letter.label());
                insert.setString(8, letter.caseId());
                insert.setString(9, LetterStatus.ACCEPTED.name());
                insert.setLong(10, letter.contentBytes());
                insert.setTimestamp(11, Timestamp.from(now));
                insert.setTimestamp(12, Timestamp.from(now));
                insert.setString(13, letter.correlationId());
                insert.setBinaryStream(14, new ByteArrayInputStream(letter.memo()), letter.memo().length);
                insert.executeUpdate();
                addHistory(connection, letter.uuid(), now, LetterStatus.ACCEPTED, null, "from " + letter.senderSystem());
                connection.commit();
                DurableCommit.forceToDisk(connection);
            } catch (SQLException e) {
                connection.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return existing(letter);
            }
        }
        return new Registration(Registration.Outcome.NEW, letter(letter.uuid()).orElseThrow());
    }

    private Registration existing(NewLetter letter) throws SQLException {
        String sha256 = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT content_sha256 FROM " + LETTERS + " WHERE message_uuid = ?")) {
            query.setString(1, letter.uuid().toString());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    sha256 = row.getString(1);
                }
            }
        }
        LetterRecord found = letter(letter.uuid()).orElseThrow(() -> new SQLException("letter " + letter.uuid()
                + " was there a moment ago"));
        return new Registration(letter.sha256().equals(sha256) ? Registration.Outcome.SAME
                : Registration.Outcome.CONFLICT, found);
    }

    /**
     * Records a step of the letter: the history always gets it; the letter moves to {@code next} only forward
     * ({@link LetterStatus#mayBecome}). Channel and transaction id are kept when given.
     *
     * @return whether there is such a letter
     */
    public boolean advance(UUID uuid, LetterStatus next, String code, String detail, String channel,
                           String transactionId) throws SQLException {
        tables.ensure();
        Instant now = Instant.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                LetterStatus current = currentStatus(connection, uuid);
                if (current == null) {
                    connection.rollback();
                    return false;
                }
                addHistory(connection, uuid, now, next, code, detail);
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + LETTERS
                        + " SET status = ?, updated_at = ?, channel = COALESCE(?, channel), "
                        + "transaction_id = COALESCE(?, transaction_id) WHERE message_uuid = ?")) {
                    update.setString(1, (current.mayBecome(next) ? next : current).name());
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setString(3, channel);
                    update.setString(4, transactionId);
                    update.setString(5, uuid.toString());
                    update.executeUpdate();
                }
                connection.commit();
                DurableCommit.forceToDisk(connection);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        return true;
    }

    private static LetterStatus currentStatus(Connection connection, UUID uuid) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT status FROM " + LETTERS + " WHERE message_uuid = ? FOR UPDATE")) {
            lock.setString(1, uuid.toString());
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? LetterStatus.valueOf(row.getString(1)) : null;
            }
        }
    }

    private static void addHistory(Connection connection, UUID uuid, Instant at, LetterStatus status, String code,
                                   String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                + " (message_uuid, at, status, code, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, uuid.toString());
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, status.name());
            insert.setString(4, code);
            insert.setString(5, detail == null || detail.length() <= DETAIL_LENGTH ? detail
                    : detail.substring(0, DETAIL_LENGTH - 3) + "...");
            insert.executeUpdate();
        }
    }

    /** The letter with its history, if there is one. */
    public Optional<LetterRecord> find(UUID uuid) throws SQLException {
        tables.ensure();
        return rows.find(uuid, true);
    }

    /** The letter without its history, if there is one. */
    public Optional<LetterRecord> letter(UUID uuid) throws SQLException {
        tables.ensure();
        return rows.find(uuid, false);
    }

    /** The letter's canonical MeMo, while it is kept. */
    public Optional<byte[]> memo(UUID uuid) throws SQLException {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT memo FROM " + LETTERS + " WHERE message_uuid = ?")) {
            query.setString(1, uuid.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** The newest letters (without history), optionally in one status. */
    public List<LetterRecord> recent(int max, LetterStatus status) throws SQLException {
        tables.ensure();
        return rows.recent(max, status);
    }

    /** The letters to one recipient, newest first (without history). */
    public List<LetterRecord> toRecipient(DataSubject recipient, int max) throws SQLException {
        tables.ensure();
        return rows.toRecipient(recipient, max);
    }

    /** Drops the content of letters settled before {@code settledBefore}; answers how many. */
    public int forgetContent(Instant settledBefore) throws SQLException {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + LETTERS + " SET memo = NULL "
                     + "WHERE memo IS NOT NULL AND status IN ('DELIVERED', 'FAILED') AND updated_at < ?")) {
            update.setTimestamp(1, Timestamp.from(settledBefore));
            return update.executeUpdate();
        }
    }
}
