package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;

import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;

/**
 * Three nodes on an external Artemis pair (shared store) and PostgreSQL, set up as docs/scale-out.md tells an
 * operator: bin/forbind-artemis-pair, bin/forbind-join, FORBIND_PORT_OFFSET, real processes on real ports. A CPR
 * file flows through them while the node that reads the shared inbox is killed (kill -9), and then the live broker;
 * then every node and broker is stopped and started again and a second file flows. Nothing is lost or doubled:
 * every person stored, exactly one data-access event per person and connector, one chain that verifies, no dead
 * letters.
 */
public class ScaleOutIT {
    private static final int FIRST = 12_000;
    private static final int SECOND = 2_000;
    private static final Duration FLOW = Duration.ofSeconds(300);

    private final ArtemisPair brokers = new ArtemisPair();
    private final List<InstalledDistribution> nodes = List.of(
            new InstalledDistribution(FreePorts.nodeOffset(), "node-1"),
            new InstalledDistribution(FreePorts.nodeOffset(), "node-2"),
            new InstalledDistribution(FreePorts.nodeOffset(), "node-3"));

    @Rule
    public final RuleChain processes = RuleChain.outerRule(brokers).around(nodes.get(0)).around(nodes.get(1))
            .around(nodes.get(2));

    private final SharedDatabase database = new SharedDatabase();
    private Path inbox;

    @Before
    public void joinThreeNodesToABrokerPairAndPostgresql() throws Exception {
        database.empty();
        brokers.make(nodes.get(0));
        brokers.start("primary");
        brokers.start("backup");
        Path shared = Path.of(System.getProperty("forbind.install.dir")).resolve("shared-" + System.nanoTime());
        inbox = shared.resolve("inbox/cpr");
        for (InstalledDistribution node : nodes) {
            node.script(List.of("bin/forbind-join", "--broker-url", brokers.url(), "--database-url",
                    database.url(), "--database-user", database.user(), "--shared", shared.toString()),
                    Map.of("FORBIND_BROKER_PASSWORD", ArtemisPair.PASSWORD,
                            "FORBIND_DATABASE_PASSWORD", database.password()));
        }
        nodes.get(0).start(Map.of()); // alone first: it makes the registry's keys in the shared folder
        for (InstalledDistribution node : nodes.subList(1, 3)) {
            node.launch(Map.of()); // both boot at once
        }
        for (InstalledDistribution node : nodes.subList(1, 3)) {
            node.awaitReady();
        }
    }

    @Test
    public void aNodeAndTheLiveBrokerKilledMidFileLoseAndDoubleNothing() throws Exception {
        ClusterHealth cluster = new ClusterHealth(nodes);
        cluster.awaitNodesSeen(3);
        InstalledDistribution reader = cluster.holderOf(NodeRoles.batchInbox("cpr-batch"));
        cluster.holderOf(NodeRoles.CHAIN_WRITER);

        CprBatchFile.batch("SCALE-1").persons(SamplePersons.range(40_000, FIRST)).writeTo(inbox, "scale-1.txt");
        awaitCommittedLines(3_000);
        reader.kill();
        cluster.lost(reader);
        InstalledDistribution newReader = cluster.holderOf(NodeRoles.batchInbox("cpr-batch"));
        assertNotEquals("another node reads the inbox", reader, newReader);
        cluster.holderOf(NodeRoles.CHAIN_WRITER);

        awaitCommittedLines(7_000);
        brokers.kill("primary");
        brokers.awaitBackupActive();
        awaitDone(cluster, "scale-1.txt", FIRST);
        cluster.assertNoDeadLetters();
        assertEquals("the backup serves the nodes", "forbind-backup", cluster.brokerName());

        // everything stopped and started again: the primary takes the store back, every node rejoins
        for (InstalledDistribution node : cluster.running()) {
            node.stop();
        }
        brokers.stop("backup");
        brokers.start("primary");
        brokers.start("backup");
        cluster = new ClusterHealth(nodes);
        for (InstalledDistribution node : nodes) {
            node.start(Map.of());
        }
        cluster.awaitNodesSeen(3);
        CprBatchFile.batch("SCALE-2").persons(SamplePersons.range(60_000, SECOND)).writeTo(inbox, "scale-2.txt");
        awaitDone(cluster, "scale-2.txt", FIRST + SECOND);
        cluster.assertNoDeadLetters();
        assertFalse("the failed/ folder is empty", Files.exists(inbox.resolve("failed"))
                && Files.list(inbox.resolve("failed")).findAny().isPresent());
    }

    private void awaitCommittedLines(long lines) throws Exception {
        Await.until("a progress mark at line " + lines, FLOW, () -> InboxProgress.committedLines(inbox),
                committed -> committed >= lines);
    }

    /** The file done, every person stored once, one event per person and connector, and a chain that verifies. */
    private void awaitDone(ClusterHealth cluster, String file, int persons) throws Exception {
        Await.until(file + " in done/", FLOW, () -> Files.exists(inbox.resolve("done").resolve(file)));
        Await.until(persons + " persons stored", FLOW, () -> database.count("SELECT COUNT(*) FROM forbind_person"),
                stored -> stored == persons);
        Await.until("the registry caught up", FLOW,
                () -> database.count("SELECT COUNT(*) FROM forbind_tr_event WHERE connector = 'person-register'"),
                events -> events >= persons);
        RegistryRows.assertOneEventPerPersonAndConnector(database::count, persons);
        JsonObject verification = cluster.running().get(0).verifyRegistry();
        assertEquals(verification.toJson(), true, verification.getBoolean("ok"));
    }
}
