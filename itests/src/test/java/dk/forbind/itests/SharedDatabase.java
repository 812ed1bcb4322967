package dk.forbind.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL database the nodes of a scale-out test share, emptied before the test and counted with SQL. */
final class SharedDatabase {
    private final PostgresqlServer server;

    SharedDatabase() {
        try {
            server = PostgresqlServer.forTests();
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL server for the test: " + e.getMessage(), e);
        }
    }

    String url() {
        return server.jdbcUrl();
    }

    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    /** Drops every table, so that counts are this test's own. */
    void empty() throws Exception {
        try (Connection c = DriverManager.getConnection(server.url()); Statement sql = c.createStatement()) {
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
    }

    /** The first column of the first row, as a number; 0 while the table does not exist yet. */
    int count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(server.url()); Statement sql = c.createStatement()) {
            try (ResultSet rows = sql.executeQuery(query)) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // undefined table
                return 0;
            }
            throw e;
        }
    }
}
