package dk.forbind.connector.personregister;

import dk.forbind.api.person.PersonRecord;
import dk.forbind.core.BatchWrite;
import dk.forbind.core.TablesOnFirstUse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The {@code forbind_person} table, one row per CPR number, in plain SQL for H2 and PostgreSQL. Persons are written
 * in batches ({@link BatchWrite}) with one upsert statement each, so writing a batch again — after a crash between
 * the database and the broker commit — leaves the same rows.
 */
final class PersonTable implements BatchWrite<PersonTable.Row> {
    /** A person and the correlation id of the message that brought it. */
    record Row(PersonRecord person, String correlationId) {
    }

    static final String TABLE = "forbind_person";
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "cpr CHAR(10) PRIMARY KEY, first_names VARCHAR(50) NOT NULL, surname VARCHAR(40) NOT NULL, "
            + "street VARCHAR(40) NOT NULL, postcode CHAR(4) NOT NULL, city VARCHAR(20) NOT NULL, "
            + "correlation_id VARCHAR(64), updated_at TIMESTAMP NOT NULL)";
    private static final String COLUMNS = "(first_names, surname, street, postcode, city, correlation_id, "
            + "updated_at, cpr) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)";
    private static final String MERGE_H2 = "MERGE INTO " + TABLE + " " + COLUMNS.replace(") VALUES", ") KEY (cpr)"
            + " VALUES");
    private static final String UPSERT_POSTGRESQL = "INSERT INTO " + TABLE + " " + COLUMNS
            + " ON CONFLICT (cpr) DO UPDATE SET first_names = EXCLUDED.first_names, surname = EXCLUDED.surname, "
            + "street = EXCLUDED.street, postcode = EXCLUDED.postcode, city = EXCLUDED.city, "
            + "correlation_id = EXCLUDED.correlation_id, updated_at = EXCLUDED.updated_at";

    private final DataSource dataSource;
    private final TablesOnFirstUse tables = new TablesOnFirstUse("person-register", this::createIfMissing);
    private final AtomicLong stored = new AtomicLong();

    PersonTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes the table now if the database answers, else at the first write. */
    void createAtStart() {
        tables.atStart();
    }

    void createIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Upserts the persons; when a batch holds one CPR number twice the later message wins. Rows are written in CPR
     * order, so that two batches that share persons lock their rows in the same order.
     */
    @Override
    public void write(Connection connection, List<Row> rows) throws SQLException {
        tables.ensure();
        Map<String, Row> latest = new TreeMap<>();
        rows.forEach(row -> latest.put(row.person().cpr(), row));
        boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        try (PreparedStatement upsert = connection.prepareStatement(h2 ? MERGE_H2 : UPSERT_POSTGRESQL)) {
            for (Row row : latest.values()) {
                PersonRecord person = row.person();
                upsert.setString(1, person.firstNames());
                upsert.setString(2, person.surname());
                upsert.setString(3, person.street());
                upsert.setString(4, person.postcode());
                upsert.setString(5, person.city());
                upsert.setString(6, row.correlationId());
                upsert.setString(7, person.cpr());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        stored.addAndGet(latest.size());
    }

    /** Persons written since the connector started (in transactions that were committed or are being committed). */
    long written() {
        return stored.get();
    }

    /** The person of this CPR number, if stored. */
    Optional<PersonRecord> find(String cpr) throws SQLException {
        tables.ensure();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT cpr, first_names, surname, street, postcode, "
                     + "city FROM " + TABLE + " WHERE cpr = ?")) {
            query.setString(1, cpr);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new PersonRecord(row.getString(1).strip(), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5).strip(), row.getString(6)))
                        : Optional.empty();
            }
        }
    }
}
