package dk.forbind.connector.personregister.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the PostgreSQL database a benchmark node is about to use (its public schema dropped and made again), so
 * that each run starts from no rows, and has the server write out what the limits before it left in memory
 * ({@code CHECKPOINT}): otherwise the server's checkpoint of the raw model's writes runs during the node's flow
 * and takes the disk from it. Only for a scratch database named by FORBIND_BENCH_POSTGRESQL_URL.
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
            try {
                statement.execute("CHECKPOINT");
            } catch (SQLException e) {
                System.err.println("bench: PostgreSQL refused CHECKPOINT (" + e.getMessage().strip() + "); grant"
                        + " pg_checkpoint to the benchmark's user, or its checkpoint may overlap the flow");
            }
        }
    }
}
