package dk.forbind.digitalpost.letter;

import dk.forbind.api.DataSubject;
import dk.forbind.api.SubjectType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads letters and their history from {@code forbind_letter} and {@code forbind_letter_status}. */
final class LetterRows {
    private static final String COLUMNS = "message_uuid, sender_id, sender_system, recipient_type, recipient_id, "
            + "label, case_id, status, channel, transaction_id, content_bytes, accepted_at, updated_at, "
            + "memo IS NOT NULL";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + LetterTable.LETTERS;

    private final DataSource dataSource;

    LetterRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<LetterRecord> find(UUID uuid, boolean withHistory) throws SQLException {
        List<LetterRecord> found = query(SELECT + " WHERE message_uuid = ?", 1, uuid.toString());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withHistory ? found.get(0).withHistory(history(uuid)) : found.get(0));
    }

    List<LetterRecord> recent(int max, LetterStatus status) throws SQLException {
        return status == null ? query(SELECT + " ORDER BY updated_at DESC", max)
                : query(SELECT + " WHERE status = ? ORDER BY updated_at DESC", max, status.name());
    }

    List<LetterRecord> toRecipient(DataSubject recipient, int max) throws SQLException {
        return query(SELECT + " WHERE recipient_type = ? AND recipient_id = ? ORDER BY accepted_at DESC", max,
                recipient.type().name(), recipient.id());
    }

    private List<StatusChange> history(UUID uuid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT at, status, code, detail FROM "
                     + LetterTable.HISTORY + " WHERE message_uuid = ? ORDER BY at, CASE status WHEN 'ACCEPTED' THEN 0"
                     + " WHEN 'SENT' THEN 1 WHEN 'PAPER' THEN 1 ELSE 2 END")) {
            query.setString(1, uuid.toString());
            List<StatusChange> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new StatusChange(rows.getTimestamp(1).toInstant(),
                            LetterStatus.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4)));
                }
            }
            return changes;
        }
    }

    private List<LetterRecord> query(String sql, int max, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(max);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<LetterRecord> letters = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    letters.add(new LetterRecord(UUID.fromString(rows.getString(1).strip()), rows.getString(2),
                            rows.getString(3), new DataSubject(SubjectType.valueOf(rows.getString(4)),
                            rows.getString(5)), rows.getString(6), rows.getString(7),
                            LetterStatus.valueOf(rows.getString(8)), rows.getString(9), rows.getString(10),
                            rows.getLong(11), rows.getTimestamp(12).toInstant(), rows.getTimestamp(13).toInstant(),
                            rows.getBoolean(14), List.of()));
                }
            }
            return letters;
        }
    }
}
