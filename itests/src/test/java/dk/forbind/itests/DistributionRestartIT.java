package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * and new events continue the chain.
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
        node.start(ENVIRONMENT);

        assertEquals("queued before the restart", receive());
        assertEquals("credentials are generated once", admin, node.credential("admin"));
        CprBatchFile.batch("RESTART-2").persons(SamplePersons.range(5100, 2)).writeTo(node.home.resolve("inbox/cpr"),
                "restart-2.txt");
        awaitStored(2);
        JsonObject verification = awaitRegistry(24);
        node.stop();
        assertEquals(10, personsInDatabase(persons));
        assertEquals(verification.toJson(), true, verification.getBoolean("ok"));
        assertEquals(1, verification.getInteger("firstSeq").intValue());
    }

    /** Waits until the registry verifies with this many records (two per person) and returns the verification. */
    private JsonObject awaitRegistry(int records) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonObject verification = node.verifyRegistry();
        while (verification.getInteger("recordsChecked") != records) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("registry does not hold " + records + " records: " + verification);
            }
            Thread.sleep(250);
            verification = node.verifyRegistry();
        }
        return verification;
    }

    private void awaitStored(long count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (node.messagesOut("person-register") < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("persons not stored; health: " + node.health().orElse("(no answer)"));
            }
            Thread.sleep(200);
        }
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

    private int personsInDatabase(List<SamplePerson> persons) throws Exception {
        int found = 0;
        try (Connection c = node.database()) {
            for (SamplePerson p : persons) {
                try (ResultSet rows = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM forbind_person WHERE cpr = '" + p.cpr() + "'")) {
                    rows.next();
                    found += rows.getInt(1);
                }
            }
        }
        assertTrue(found <= persons.size());
        return found;
    }
}
