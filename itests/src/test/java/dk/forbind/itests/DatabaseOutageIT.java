package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.RestartablePostgres;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.jms.JMSContext;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.json.JsonObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * The platform database (a real PostgreSQL server) goes down while CPR files flow, as in issue 16: for 20 seconds,
 * and for 3 minutes with the node killed during the outage and started again while the database is still down. The
 * person register waits instead of parking: health shows it WAITING and then UP, every person is stored once,
 * nothing is parked but the one record that is at fault, each person has one data-access event per connector, and
 * the chain verifies. Verifying, then writing, then replaying — on PostgreSQL — works.
 */
public class DatabaseOutageIT {
    private static final int PERSONS = 3_000;
    private static final Map<String, String> ENVIRONMENT = Map.of("FORBIND_BROKER_PASSWORD", "outage-broker-secret");
    private static final String PERSON_DLQ = "DLQ.forbind.person-register.in";
    private static final String RECORD_DLQ = "DLQ.forbind.cpr-batch.in";

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    private RestartablePostgres postgres;
    private String url;

    @Before
    public void onItsOwnPostgresql() throws Exception {
        postgres = new RestartablePostgres();
        url = postgres.newDatabase("forbind_outage");
        String file = "etc/org.ops4j.datasource-forbind.cfg";
        node.setProperty(file, "osgi.jdbc.driver.class", "org.postgresql.Driver");
        node.setProperty(file, "url", url.substring(0, url.indexOf('?')));
        node.setProperty(file, "user", "postgres");
        node.setProperty(file, "password", "unused-by-trust-auth");
    }

    @After
    public void stopPostgresql() {
        postgres.close();
    }

    @Test
    public void theFlowWaitsOutDatabaseOutagesAndLosesNothing() throws Exception {
        node.start(ENVIRONMENT);
        Path inbox = node.home.resolve("inbox/cpr");

        // a 20-second outage mid-file
        List<SamplePerson> first = SamplePersons.range(100_000, PERSONS);
        CprBatchFile.batch("OUTAGE-1").persons(first).writeTo(inbox, "outage-1.txt");
        awaitStored(300);
        Instant down = Instant.now();
        postgres.stop();
        Await.until("person-register WAITING in health", Duration.ofSeconds(30), node::health,
                h -> h.map(answer -> answer.matches("(?s).*\"id\":\"person-register\"[^}]*\"state\":\"WAITING\".*"))
                        .orElse(false));
        sleepUntil(down.plusSeconds(20));
        postgres.start();
        awaitStored(PERSONS);
        Await.until("health UP again", Duration.ofSeconds(60), node::health,
                h -> h.map(answer -> answer.startsWith("{\"status\":\"UP\"")).orElse(false));

        // verify, then write, then replay: on PostgreSQL, after a verification, every write works
        assertTrue(node.verifyRegistry().getBoolean("ok"));
        List<SamplePerson> second = SamplePersons.range(110_000, 20);
        SamplePerson mistyped = SamplePersons.person(110_020);
        String badLine = CprBatchFile.personLine(mistyped).replaceFirst("^001\\d{4}", "0013102"); // 31 February
        CprBatchFile.batch("OUTAGE-2").persons(second).line(badLine).writeTo(inbox, "outage-2.txt");
        awaitStored(PERSONS + 20);
        Await.until("the mistyped record parked", Duration.ofSeconds(30), () -> node.queueDepth(RECORD_DLQ),
                depth -> depth == 1);
        assertTrue(node.verifyRegistry().getBoolean("ok"));
        replayCorrected(CprBatchFile.personLine(mistyped));
        awaitStored(PERSONS + 21);

        // a 3-minute outage, with the node killed during it and started while the database is still down
        List<SamplePerson> third = SamplePersons.range(120_000, PERSONS);
        CprBatchFile.batch("OUTAGE-3").persons(third).writeTo(inbox, "outage-3.txt");
        awaitStored(PERSONS + 21 + 300);
        down = Instant.now();
        postgres.stop();
        sleepUntil(down.plusSeconds(60));
        node.kill();
        node.launch(ENVIRONMENT);
        Await.until("person-register WAITING after the restart", Duration.ofSeconds(120), node::health,
                h -> h.map(answer -> answer.matches("(?s).*\"id\":\"person-register\"[^}]*\"state\":\"WAITING\".*"))
                        .orElse(false));
        sleepUntil(down.plusSeconds(180));
        postgres.start();
        int all = 2 * PERSONS + 21;
        awaitStored(all);
        Await.until("the flow's queues empty", Duration.ofSeconds(120), () -> node.queueDepth("forbind.cpr-batch.in")
                + node.queueDepth("forbind.person-register.in") + node.queueDepth("forbind.transparency.events"),
                depth -> depth == 0);
        JsonObject verification = node.verifyRegistry();
        assertEquals("nothing waits on the person register's dead-letter queue", 0, parked(PERSON_DLQ));
        assertEquals("the replayed record left its dead-letter queue", 0, parked(RECORD_DLQ));
        assertEquals("nothing parked by the broker", 0, parked("DLQ.forbind.broker"));
        String log = Files.readString(node.home.resolve("data/log/karaf.log"));
        node.stop();

        assertEquals(all, rows("SELECT COUNT(*) FROM forbind_person"));
        RegistryRows.assertOneEventPerPersonAndConnector(this::rows, all);
        assertTrue(verification.toJson(), verification.getBoolean("ok"));
        long parkings = log.lines().filter(l -> l.contains("Parking message")).count();
        assertEquals("only the mistyped record was parked", 1, parkings);
        long waitingLines = log.lines().filter(l -> l.contains("Connector person-register WAITING")).count();
        assertTrue("one line when the register starts waiting, not one per message: " + waitingLines,
                waitingLines >= 2 && waitingLines <= 6);
    }

    /** Messages on a dead-letter queue of the running node; one never created holds none. */
    private long parked(String queue) {
        assertTrue("the broker answers", node.queueDepth("forbind.person-register.in") >= 0);
        return Math.max(0, node.queueDepth(queue));
    }

    private void awaitStored(int persons) throws Exception {
        Await.until(persons + " persons stored", Duration.ofSeconds(300),
                () -> rowsWhileUp("SELECT COUNT(*) FROM forbind_person"), stored -> stored >= persons);
    }

    /** Sends the corrected record to the queue it failed on, as forbind:dlq-replay --body does. */
    private void replayCorrected(String line) throws Exception {
        try (ActiveMQConnectionFactory factory = node.broker(); JMSContext context = factory.createContext()) {
            var parked = context.createConsumer(context.createQueue(RECORD_DLQ)).receive(10_000);
            assertTrue("the parked record is there to replay", parked != null);
            context.createProducer().send(context.createQueue("forbind.cpr-batch.in"), line);
        }
    }

    private int rowsWhileUp(String sql) {
        try {
            return rows(sql);
        } catch (Exception tableNotYetThere) {
            return 0;
        }
    }

    private int rows(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
