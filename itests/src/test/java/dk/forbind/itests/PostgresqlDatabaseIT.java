package dk.forbind.itests;

import static org.junit.Assert.assertEquals;

import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import dk.forbind.fixtures.TestDatabases;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The platform database switched to a real PostgreSQL server by configuration only, as
 * docs/operations.md tells operators: persons are stored there, and the transparency registry keeps
 * its chain there — citizens read it, the auditor verifies it, and tampering with it in SQL is
 * caught. The server is an embedded PostgreSQL started from Maven artifacts, or the one named by
 * FORBIND_IT_POSTGRESQL_URL (jdbc:postgresql://host:port/db?user=...&password=...).
 */
public class PostgresqlDatabaseIT {
    private static final String AUDITOR = "Development auditor=itest";

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    private String url;

    @Before
    public void unpackWithPostgresql() throws Exception {
        String given = System.getProperty("forbind.it.postgresql.url", "");
        url = given.startsWith("jdbc:postgresql:") ? given : TestDatabases.postgresqlUrl();
        Map<String, String> query = query(url);
        String file = "etc/org.ops4j.datasource-forbind.cfg";
        node.setProperty(file, "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.setProperty(file, "url", url.substring(0, url.indexOf('?')));
        node.setProperty(file, "user", query.get("user"));
        node.setProperty(file, "password", query.getOrDefault("password", "unused-by-trust-auth"));
    }

    @Test
    public void personsAndTheirTransparencyRecordsLiveInPostgresql() throws Exception {
        node.start(Map.of());
        List<SamplePerson> persons = SamplePersons.range(9000, 12);
        CprBatchFile.batch("PG-1").persons(persons).writeTo(node.home.resolve("inbox/cpr"), "pg-1.txt");

        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((stored(persons) < persons.size() || records() < 2L * persons.size()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(persons.size(), stored(persons));
        assertEquals(2L * persons.size(), records());

        JsonObject usage = node.getJson("/forbind/api/transparency/v1/usage",
                "Development citizen=" + persons.get(3).cpr());
        assertEquals(usage.toJson(), 2, usage.getInteger("total").intValue());
        JsonObject verified = node.verifyRegistry();
        assertEquals(verified.toJson(), true, verified.getBoolean("ok"));

        execute("UPDATE forbind_tr_event SET legal_basis = 'none' WHERE seq = 7");
        JsonObject tampered = node.verifyRegistry();
        assertEquals(tampered.toJson(), false, tampered.getBoolean("ok"));
        assertEquals(7, tampered.getInteger("brokenSeq").intValue());
        node.stop();
    }

    private long records() throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM forbind_tr_event")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException notYetCreated) {
            return 0;
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().executeUpdate(sql);
        }
    }

    private int stored(List<SamplePerson> persons) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
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
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return values;
    }
}
