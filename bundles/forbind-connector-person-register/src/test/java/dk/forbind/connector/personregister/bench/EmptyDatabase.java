package dk.forbind.connector.personregister.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the PostgreSQL database a benchmark node is about to use (its public schema dropped and made again), so
 * that each run starts from no rows. Only for a scratch database named by FORBIND_BENCH_POSTGRESQL_URL.
 */
public final class EmptyDatabase {
    private EmptyDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1 || !args[0].startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("usage: EmptyDatabase jdbc:postgresql://host/db?user=..&password=..");
        }
        try (Connection connection = DriverManager.getConnection(args[0]);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
