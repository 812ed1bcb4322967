package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;

import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.jms.DeliveryMode;
import javax.jms.JMSContext;
import javax.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.json.JsonObject;
import org.junit.Rule;
import org.junit.Test;

/**
 * The whole node stopped and started with its own scripts: queued messages, stored persons, the
 * credentials generated at first start and the transparency registry's chain are all still there,
 * new events continue the chain, and a connector an operator kept suspended comes back suspended.
 */
public class DistributionRestartIT {
    private static final String QUEUE = "forbind.itest.parked";
    private static final Map<String, String> ENVIRONMENT = Map.of("FORBIND_BROKER_PASSWORD", "restart-broker-secret");

    @Rule
    public final InstalledDistribution node = new InstalledDistribution();

    @Test
    public void aRestartKeepsQueuedMessagesStoredPersonsAndCredentials() throws Exception {
        node.start(ENVIRONMENT);
        String admin = node.credential("admin");
        assertEquals("restart-broker-secret", node.credential("broker"));
        assertEquals(24, admin.length());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(node.home.resolve("etc/forbind-credentials.properties"))));
        String users = Files.readString(node.home.resolve("etc/users.properties"));
        assertFalse("no published default account", users.contains("karaf = karaf"));
        assertNotEquals("admin", admin);

        sendPersistent("queued before the restart");
        List<SamplePerson> persons = SamplePersons.range(5000, 10);
        CprBatchFile.batch("RESTART-1").persons(persons).writeTo(node.home.resolve("inbox/cpr"), "restart-1.txt");
        awaitStored(10);

        node.stop();
        node.setProperty("etc/dk.forbind.connectors.cfg", "failed-batch-alerts.held", "SUSPENDED");
        node.start(ENVIRONMENT);

        assertEquals("queued before the restart", receive());
        assertEquals("kept suspended over the restart", "SUSPENDED", Await.until("the alert connector's state",
                Duration.ofSeconds(60), () -> node.connectorState("failed-batch-alerts").orElse(""),
                state -> !state.isEmpty() && !state.equals("STARTING")));
        assertEquals("credentials are generated once", admin, node.credential("admin"));
        CprBatchFile.batch("RESTART-2").persons(SamplePersons.range(5100, 2)).writeTo(node.home.resolve("inbox/cpr"),
                "restart-2.txt");
        awaitStored(2);
        JsonObject verification = awaitRegistry(24);
        node.stop();
        List<SamplePerson> all = new ArrayList<>(persons);
        all.addAll(SamplePersons.range(5100, 2));
        assertEquals("each person stored once, before and after the restart", Collections.nCopies(all.size(), 1),
                timesStored(all));
        assertEquals(verification.toJson(), true, verification.getBoolean("ok"));
        assertEquals(1, verification.getInteger("firstSeq").intValue());
    }

    /** Waits until the registry verifies with this many records (two per person) and returns the verification. */
    private JsonObject awaitRegistry(int records) throws Exception {
        return Await.until("the registry verifying " + records + " records", Duration.ofSeconds(60),
                node::verifyRegistry, verification -> verification.getInteger("recordsChecked") == records);
    }

    private void awaitStored(long count) throws InterruptedException {
        Await.until(count + " persons stored since start", Duration.ofSeconds(60),
                () -> node.messagesOut("person-register"), stored -> stored >= count);
    }

    private void sendPersistent(String text) throws Exception {
        try (ActiveMQConnectionFactory factory = node.broker(); JMSContext context = factory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(QUEUE), text);
        }
    }

    private String receive() throws Exception {
        try (ActiveMQConnectionFactory factory = node.broker(); JMSContext context = factory.createContext()) {
            TextMessage message = (TextMessage) context.createConsumer(context.createQueue(QUEUE)).receive(10_000);
            assertNotNull("the message is still queued", message);
            return message.getText();
        }
    }

    /** How many rows each person has in the stopped node's database, in the order given. */
    private List<Integer> timesStored(List<SamplePerson> persons) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = node.database();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM forbind_person WHERE cpr = ?")) {
            for (SamplePerson p : persons) {
                count.setString(1, p.cpr());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    counts.add(rows.getInt(1));
                }
            }
        }
        return counts;
    }
}
