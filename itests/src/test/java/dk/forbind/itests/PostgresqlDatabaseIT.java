package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The platform database switched to a real PostgreSQL server by configuration only, as
 * docs/operations.md tells operators. Needs a server: .ci/run starts one and passes
 * FORBIND_IT_POSTGRESQL_URL (jdbc:postgresql://host:port/db?user=...&password=...).
 */
public class PostgresqlDatabaseIT {
    private static final String URL = System.getProperty("forbind.it.postgresql.url", "");

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    @Before
    public void unpackWithPostgresql() throws Exception {
        assumeTrue("set FORBIND_IT_POSTGRESQL_URL to run against PostgreSQL (.ci/run does)",
                URL.startsWith("jdbc:postgresql:"));
        Map<String, String> query = query(URL);
        String file = "etc/org.ops4j.datasource-forbind.cfg";
        node.setProperty(file, "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.setProperty(file, "url", URL.substring(0, URL.indexOf('?')));
        node.setProperty(file, "user", query.get("user"));
        node.setProperty(file, "password", query.get("password"));
    }

    @Test
    public void personsOfABatchFileAreStoredInPostgresql() throws Exception {
        node.start(Map.of());
        List<SamplePerson> persons = SamplePersons.range(9000, 12);
        CprBatchFile.batch("PG-1").persons(persons).writeTo(node.home.resolve("inbox/cpr"), "pg-1.txt");

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (stored(persons) < persons.size() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(persons.size(), stored(persons));
        node.stop();
    }

    private static int stored(List<SamplePerson> persons) throws Exception {
        try (Connection c = DriverManager.getConnection(URL);
             PreparedStatement exists = c.prepareStatement(
                     "SELECT to_regclass('forbind_person') IS NOT NULL");
             ResultSet table = exists.executeQuery()) {
            table.next();
            if (!table.getBoolean(1)) {
                return 0;
            }
            int found = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT surname FROM forbind_person WHERE cpr = ?")) {
                for (SamplePerson p : persons) {
                    q.setString(1, p.cpr());
                    try (ResultSet rows = q.executeQuery()) {
                        if (rows.next() && rows.getString(1).equals(p.surname())) {
                            found++;
                        }
                    }
                }
            }
            return found;
        }
    }

    private static Map<String, String> query(String jdbcUrl) {
        String query = URI.create(jdbcUrl.substring("jdbc:".length())).getQuery();
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return values;
    }
}
