package dk.forbind.connector.personregister;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.forbind.api.person.PersonRecord;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonTableTest {
    private JdbcDataSource dataSource;
    private PersonTable table;

    @BeforeEach
    void createTable() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:persons-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        table = new PersonTable(dataSource);
        table.createIfMissing();
        table.createIfMissing(); // a restart finds the table there
    }

    @Test
    void storesAPersonOnceAndUpdatesItOnRedelivery() throws Exception {
        PersonRecord soren = new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3", "2200", "København N");
        table.store(soren, "c-1");
        table.store(soren, "c-1");
        table.store(new PersonRecord("1505724321", "Søren", "Ærø", "Nørregade 1", "1165", "København K"), "c-2");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT cpr, surname, street, city, correlation_id FROM "
                     + PersonTable.TABLE)) {
            rows.next();
            assertEquals("1505724321", rows.getString(1));
            assertEquals("Ærø", rows.getString(2));
            assertEquals("Nørregade 1", rows.getString(3));
            assertEquals("København K", rows.getString(4));
            assertEquals("c-2", rows.getString(5));
            assertEquals(false, rows.next(), "one row per CPR number");
        }
    }

    @Test
    void findsAPersonByCprNumber() throws Exception {
        PersonRecord soren = new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3", "2200", "København N");
        table.store(soren, "c-1");

        assertEquals(Optional.of(soren), table.find("1505724321"));
        assertEquals(Optional.empty(), table.find("0101901234"));
    }

    @Test
    void aTableTheDatabaseCouldNotMakeAtStartIsMadeAtTheFirstStore() throws Exception {
        JdbcDataSource later = new JdbcDataSource();
        later.setURL("jdbc:h2:mem:persons-later-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
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
        waiting.store(new PersonRecord("1505724321", "Søren", "Ærø", "Åboulevard 3", "2200", "København N"), "c-1");
        try (Connection c = later.getConnection(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM forbind_person")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }
}
