package dk.forbind.connector.personregister;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.TestDatabases;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The person table on both supported databases, written in batches as the platform writes them. */
class PersonTableTest {
    private static final PersonRecord SOREN = new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3", "2200",
            "København N");
    private static final PersonRecord SOREN_MOVED = new PersonRecord("1505724321", "Søren", "Ærø", "Nørregade 1",
            "1165", "København K");
    private static final PersonRecord ANNA = new PersonRecord("0101901234", "Anna", "Holm", "Vestergade 2", "8000",
            "Aarhus C");

    private DataSource dataSource;
    private PersonTable table;

    private void createTable(String database) throws SQLException {
        dataSource = "postgresql".equals(database) ? TestDatabases.postgresql() : TestDatabases.h2();
        table = new PersonTable(dataSource);
        table.createIfMissing();
        table.createIfMissing(); // a restart finds the table there
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aBatchWrittenTwiceLeavesOneRowPerPersonAndTheLaterMessageWins(String database) throws Exception {
        createTable(database);
        List<PersonTable.Row> batch = List.of(new PersonTable.Row(SOREN, "c-1"), new PersonTable.Row(ANNA, "c-2"),
                new PersonTable.Row(SOREN_MOVED, "c-3"));
        write(table, batch);
        write(table, batch); // redelivered after a crash between the database and the broker commit

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT cpr, surname, street, city, correlation_id FROM "
                     + PersonTable.TABLE + " ORDER BY cpr")) {
            rows.next();
            assertEquals("0101901234", rows.getString(1));
            rows.next();
            assertEquals("1505724321", rows.getString(1));
            assertEquals("Ærø", rows.getString(2));
            assertEquals("Nørregade 1", rows.getString(3));
            assertEquals("København K", rows.getString(4));
            assertEquals("c-3", rows.getString(5));
            assertEquals(false, rows.next(), "one row per CPR number");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void findsAPersonByCprNumber(String database) throws Exception {
        createTable(database);
        write(table, List.of(new PersonTable.Row(SOREN, "c-1")));

        assertEquals(Optional.of(SOREN), table.find("1505724321"));
        assertEquals(Optional.empty(), table.find("0101901234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aTableTheDatabaseCouldNotMakeAtStartIsMadeAtTheFirstWrite(String database) throws Exception {
        DataSource later = TestDatabases.h2();
        AtomicBoolean up = new AtomicBoolean(false);
        DataSource downAtStart = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!up.get()) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return method.invoke(later, args);
                });
        PersonTable waiting = new PersonTable(downAtStart);
        waiting.createAtStart();
        up.set(true);
        write(waiting, List.of(new PersonTable.Row(SOREN, "c-1")));
        try (Connection c = later.getConnection(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM forbind_person")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    /** As the platform writes a batch: one transaction, committed after the write. */
    private static void write(PersonTable table, List<PersonTable.Row> rows) throws SQLException {
        try (Connection connection = table.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            table.write(connection, rows);
            connection.commit();
        }
    }
}
