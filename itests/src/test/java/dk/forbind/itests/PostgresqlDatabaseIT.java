package dk.forbind.itests;

import static org.junit.Assert.assertEquals;

import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The platform database switched to a real PostgreSQL server by configuration only, as
 * docs/operations.md tells operators: persons are stored there, and the transparency registry keeps
 * its chain there — citizens read it, the auditor verifies it, and tampering with it in SQL is
 * caught. The server is an embedded PostgreSQL started from Maven artifacts, or the one named by
 * FORBIND_IT_POSTGRESQL_URL (jdbc:postgresql://host:port/db?user=...&password=...). The test asserts
 * only about its own persons and records and undoes its tampering, so it can run again on that database.
 */
public class PostgresqlDatabaseIT {
    private static final String AUDITOR = "Development auditor=itest";

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    private String url;

    @Before
    public void unpackWithPostgresql() throws Exception {
        PostgresqlServer server = PostgresqlServer.forTests();
        url = server.url();
        String file = "etc/org.ops4j.datasource-forbind.cfg";
        node.setProperty(file, "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.setProperty(file, "url", server.jdbcUrl());
        node.setProperty(file, "user", server.user());
        node.setProperty(file, "password", server.password());
    }

    @Test
    public void personsAndTheirTransparencyRecordsLiveInPostgresql() throws Exception {
        node.start(Map.of());
        long run = System.currentTimeMillis() / 1000;
        List<SamplePerson> persons = SamplePersons.range((int) (run % 100_000_000L), 12);
        CprBatchFile.batch("PG-" + run).persons(persons)
                .writeTo(node.home.resolve("inbox/cpr"), "pg-1.txt");

        Await.until("every person of the file stored in PostgreSQL", Duration.ofSeconds(60), () -> stored(persons),
                stored -> stored == persons.size());
        for (SamplePerson person : persons) {
            Await.until("two records about " + person.cpr(), Duration.ofSeconds(30), () -> usageOf(person),
                    usage -> usage.getInteger("total") == 2);
        }
        JsonObject verified = node.verifyRegistry();
        assertEquals(verified.toJson(), true, verified.getBoolean("ok"));

        long seq = ((JsonObject) ((JsonArray) usageOf(persons.get(3)).get("records")).get(0)).getLong("seq");
        String legalBasis = firstValue("SELECT legal_basis FROM forbind_tr_event WHERE seq = " + seq);
        setLegalBasis(seq, "none");
        JsonObject tampered = node.verifyRegistry();
        assertEquals(tampered.toJson(), false, tampered.getBoolean("ok"));
        assertEquals(tampered.toJson(), seq, tampered.getLong("brokenSeq").longValue());

        setLegalBasis(seq, legalBasis);
        JsonObject repaired = node.verifyRegistry();
        assertEquals("the original value makes the chain whole again: " + repaired.toJson(), true,
                repaired.getBoolean("ok"));
        node.stop();
    }

    private JsonObject usageOf(SamplePerson person) throws Exception {
        return node.getJson("/forbind/api/transparency/v1/usage", "Development citizen=" + person.cpr());
    }

    private String firstValue(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void setLegalBasis(long seq, String legalBasis) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement update = c.prepareStatement("UPDATE forbind_tr_event SET legal_basis = ? WHERE seq = ?")) {
            update.setString(1, legalBasis);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
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
}
