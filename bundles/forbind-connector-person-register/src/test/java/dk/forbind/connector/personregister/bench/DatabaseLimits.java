package dk.forbind.connector.personregister.bench;

import dk.forbind.core.DurableCommit;
import dk.forbind.fixtures.SamplePerson;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * (b) What the database alone can do: person rows written in batches, one transaction per batch, with the
 * distribution's durability — on H2 its URL settings and a {@code CHECKPOINT} after each commit (what
 * {@code DurableCommit} does), on PostgreSQL its defaults (synchronous commit).
 */
final class DatabaseLimits implements AutoCloseable {
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS forbind_person (cpr CHAR(10) PRIMARY KEY,"
            + " first_names VARCHAR(50) NOT NULL, surname VARCHAR(40) NOT NULL, street VARCHAR(40) NOT NULL,"
            + " postcode CHAR(4) NOT NULL, city VARCHAR(20) NOT NULL, correlation_id VARCHAR(64),"
            + " updated_at TIMESTAMP NOT NULL)";
    private static final String COLUMNS = "(cpr, first_names, surname, street, postcode, city, correlation_id,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
    private static final String H2_UPSERT = "MERGE INTO forbind_person "
            + COLUMNS.replace(") VALUES", ") KEY (cpr) VALUES");
    private static final String PG_UPSERT = "INSERT INTO forbind_person " + COLUMNS
            + " ON CONFLICT (cpr) DO UPDATE SET first_names = EXCLUDED.first_names, surname = EXCLUDED.surname,"
            + " street = EXCLUDED.street, postcode = EXCLUDED.postcode, city = EXCLUDED.city,"
            + " correlation_id = EXCLUDED.correlation_id, updated_at = EXCLUDED.updated_at";

    private final java.sql.Connection connection;
    private final PreparedStatement upsert;

    DatabaseLimits(String url) throws SQLException {
        connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        connection.setAutoCommit(false);
        upsert = connection.prepareStatement(url.startsWith("jdbc:h2:") ? H2_UPSERT : PG_UPSERT);
    }

    /** Rows per second written as upserts in batches of {@code batch}, each batch one durable transaction. */
    double upsert(List<SamplePerson> persons, int batch) throws SQLException {
        long start = System.nanoTime();
        for (int i = 0; i < persons.size(); i++) {
            SamplePerson p = persons.get(i);
            upsert.setString(1, p.cpr());
            upsert.setString(2, p.firstNames());
            upsert.setString(3, p.surname());
            upsert.setString(4, p.street());
            upsert.setString(5, p.postcode());
            upsert.setString(6, p.city());
            upsert.setString(7, "bench-" + i);
            upsert.addBatch();
            if ((i + 1) % batch == 0 || i == persons.size() - 1) {
                upsert.executeBatch();
                commitDurably(connection);
            }
        }
        return persons.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** Commits as the platform does: on H2 a CHECKPOINT after the commit ({@link DurableCommit}). */
    static void commitDurably(java.sql.Connection connection) throws SQLException {
        connection.commit();
        DurableCommit.forceToDisk(connection);
        connection.setAutoCommit(false);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
