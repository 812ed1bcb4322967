package dk.forbind.transparency.store;

import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.transparency.chain.LoggedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What a data subject may see of the registry: their records in a period, newest first, optionally
 * of one processing type and one initiating authority, without those still hidden (before {@code hiddenUntil} and
 * not disclosed).
 */
public final class UsageQuery {
    private static final String VISIBLE = " WHERE e.subject_key = ? AND e.log_time >= ? AND e.log_time < ?"
            + " AND (? IS NULL OR e.processing_type = ?) AND (? IS NULL OR e.initiator_org_code = ?)"
            + " AND (e.hidden_until IS NULL OR e.hidden_until <= ? OR EXISTS (SELECT 1 FROM "
            + RegistrySchema.DISCLOSURES + " d WHERE d.event_id = e.event_id))";

    private final DataSource dataSource;

    public UsageQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page of a subject's visible records, and how many there are in all. */
    public record Page(long total, List<LoggedEvent> records) {
    }

    /** The period [from, to), a half-open interval; of one processing type and initiating authority when not null. */
    public record Filter(String subjectKey, Instant from, Instant to, ProcessingType type, String authority,
                         Instant now) {
    }

    public Page page(Filter filter, long offset, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM " + RegistrySchema.EVENTS + " e" + VISIBLE)) {
                bind(count, filter);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<LoggedEvent> records = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement(select()
                    + " ORDER BY e.log_time DESC, e.seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int next = bind(page, filter);
                page.setLong(next++, offset);
                page.setInt(next, limit);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        records.add(EventRows.read(rows));
                    }
                }
            }
            return new Page(total, records);
        }
    }

    /** Every visible record of the subject in the period, oldest first, one at a time (for exports). */
    public void each(Filter filter, Consumer<LoggedEvent> sink) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(select() + " ORDER BY e.seq")) {
                query.setFetchSize(500);
                bind(query, filter);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(EventRows.read(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** The authorities (code, newest name) that initiated the visible records of the filter, by code. */
    public List<String[]> authorities(Filter filter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT e.initiator_org_code,"
                     + " MAX(e.initiator_org_name) FROM " + RegistrySchema.EVENTS + " e" + VISIBLE
                     + " GROUP BY e.initiator_org_code ORDER BY e.initiator_org_code")) {
            bind(query, filter);
            List<String[]> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            return found;
        }
    }

    private static String select() {
        return "SELECT " + EventRows.COLUMNS.replaceAll("(\\w+)", "e.$1") + " FROM " + RegistrySchema.EVENTS + " e"
                + VISIBLE;
    }

    private static int bind(PreparedStatement statement, Filter filter) throws SQLException {
        int i = 1;
        statement.setString(i++, filter.subjectKey());
        statement.setObject(i++, EventRows.timestamp(filter.from()));
        statement.setObject(i++, EventRows.timestamp(filter.to()));
        String type = filter.type() == null ? null : filter.type().name();
        statement.setString(i++, type);
        statement.setString(i++, type);
        statement.setString(i++, filter.authority());
        statement.setString(i++, filter.authority());
        statement.setObject(i++, EventRows.timestamp(filter.now()));
        return i;
    }
}
