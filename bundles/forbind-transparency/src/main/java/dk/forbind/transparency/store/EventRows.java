package dk.forbind.transparency.store;

import dk.forbind.api.SubjectType;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.transparency.chain.LoggedEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.Jsoner;

/** Maps {@link LoggedEvent}s to and from rows of the events table. */
final class EventRows {
    static final String COLUMNS = "seq, event_id, log_time, subject_type, subject_key, processing_type, purpose,"
            + " legal_basis, data_categories, initiator_org_code, initiator_org_name, initiator_system,"
            + " initiator_person, target_org, source_org, connector, correlation_id, case_id, bulk, hidden_until,"
            + " hidden_reason, prev_hash, hash";
    static final String INSERT = "INSERT INTO " + RegistrySchema.EVENTS + " (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EventRows() {
    }

    static void bind(PreparedStatement insert, LoggedEvent r) throws SQLException {
        int i = 1;
        insert.setLong(i++, r.seq());
        insert.setString(i++, r.eventId());
        insert.setObject(i++, timestamp(r.logTime()));
        insert.setString(i++, r.subjectType().name());
        insert.setString(i++, r.subjectKey());
        insert.setString(i++, r.processingType().name());
        insert.setString(i++, r.purpose());
        insert.setString(i++, r.legalBasis());
        insert.setString(i++, Jsoner.serialize(new JsonArray(r.dataCategories())));
        insert.setString(i++, r.initiatorOrgCode());
        insert.setString(i++, r.initiatorOrgName());
        insert.setString(i++, r.initiatorSystem());
        insert.setString(i++, r.initiatorPerson());
        insert.setString(i++, r.targetOrg());
        insert.setString(i++, r.sourceOrg());
        insert.setString(i++, r.connector());
        insert.setString(i++, r.correlationId());
        insert.setString(i++, r.caseId());
        insert.setBoolean(i++, r.bulk());
        if (r.hiddenUntil() == null) {
            insert.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(i++, timestamp(r.hiddenUntil()));
        }
        insert.setString(i++, r.hiddenReason());
        insert.setString(i++, r.prevHash());
        insert.setString(i, r.hash());
    }

    static LoggedEvent read(ResultSet row) throws SQLException {
        return new LoggedEvent(row.getLong("seq"), row.getString("event_id"), instant(row, "log_time"),
                SubjectType.valueOf(row.getString("subject_type")), row.getString("subject_key"),
                ProcessingType.valueOf(row.getString("processing_type")), row.getString("purpose"),
                row.getString("legal_basis"), categories(row.getString("data_categories")),
                row.getString("initiator_org_code"), row.getString("initiator_org_name"),
                row.getString("initiator_system"), row.getString("initiator_person"), row.getString("target_org"),
                row.getString("source_org"), row.getString("connector"), row.getString("correlation_id"),
                row.getString("case_id"), row.getBoolean("bulk"), instant(row, "hidden_until"),
                row.getString("hidden_reason"), row.getString("prev_hash"), row.getString("hash"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> categories(String json) {
        // a value that is not a JSON list of strings still yields a record, whose hash then fails to verify
        try {
            JsonArray array = (JsonArray) Jsoner.deserialize(json);
            return array.stream().map(String::valueOf).toList();
        } catch (Exception e) {
            return List.of(String.valueOf(json));
        }
    }
}
