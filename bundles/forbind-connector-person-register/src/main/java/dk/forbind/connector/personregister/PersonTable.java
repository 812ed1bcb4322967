package dk.forbind.connector.personregister;

import dk.forbind.api.person.PersonRecord;
import dk.forbind.core.DurableCommit;
import dk.forbind.core.TablesOnFirstUse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code forbind_person} table, one row per CPR number, in plain SQL that H2 and PostgreSQL
 * both accept. Storing a person is idempotent: a redelivered message updates the same row.
 */
final class PersonTable {
    static final String TABLE = "forbind_person";
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "cpr CHAR(10) PRIMARY KEY, first_names VARCHAR(50) NOT NULL, surname VARCHAR(40) NOT NULL, "
            + "street VARCHAR(40) NOT NULL, postcode CHAR(4) NOT NULL, city VARCHAR(20) NOT NULL, "
            + "correlation_id VARCHAR(64), updated_at TIMESTAMP NOT NULL)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET first_names = ?, surname = ?, street = ?, "
            + "postcode = ?, city = ?, correlation_id = ?, updated_at = CURRENT_TIMESTAMP WHERE cpr = ?";
    private static final String INSERT = "INSERT INTO " + TABLE + " (first_names, surname, street, postcode, city, "
            + "correlation_id, updated_at, cpr) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)";

    private final DataSource dataSource;
    private final TablesOnFirstUse tables = new TablesOnFirstUse("person-register", this::createIfMissing);

    PersonTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes the table now if the database answers, else at the first store. */
    void createAtStart() {
        tables.atStart();
    }

    void createIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
    }

    /** Inserts the person, or updates the row of that CPR number. */
    void store(PersonRecord person, String correlationId) throws SQLException {
        tables.ensure();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (write(connection, UPDATE, person, correlationId) == 0) {
                    write(connection, INSERT, person, correlationId);
                }
                connection.commit();
                // a killed node must not lose rows whose messages were already acknowledged
                DurableCommit.forceToDisk(connection);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
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

    private static int write(Connection connection, String sql, PersonRecord person, String correlationId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, person.firstNames());
            statement.setString(2, person.surname());
            statement.setString(3, person.street());
            statement.setString(4, person.postcode());
            statement.setString(5, person.city());
            statement.setString(6, correlationId);
            statement.setString(7, person.cpr());
            return statement.executeUpdate();
        }
    }
}
