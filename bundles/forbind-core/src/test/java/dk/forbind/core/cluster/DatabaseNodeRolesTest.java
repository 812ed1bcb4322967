package dk.forbind.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.cluster.ClusterView;
import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.fixtures.Await;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Roles on a database of the node's own (H2: alone, every role) and on a shared PostgreSQL (one holder; the role
 * passes on when the holder stops or its connection dies). The PostgreSQL cases run where FORBIND_IT_POSTGRESQL_URL
 * names a server, as in .ci/run.
 */
class DatabaseNodeRolesTest {
    private static final String ROLE = "test-role-" + System.nanoTime();
    private static final Duration TAKEOVER = Duration.ofSeconds(15);

    private DatabaseNodeRoles first;
    private DatabaseNodeRoles second;

    @AfterEach
    void stopNodes() {
        for (DatabaseNodeRoles node : new DatabaseNodeRoles[] {first, second}) {
            if (node != null) {
                node.deactivate();
            }
        }
    }

    @Test
    void aNodeWithADatabaseOfItsOwnIsAloneAndHoldsEveryRole() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:roles-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        first = new DatabaseNodeRoles(h2, Clock.systemUTC(), "solo");

        assertTrue(first.holds(NodeRoles.CHAIN_WRITER));
        assertTrue(first.holds(NodeRoles.batchInbox("cpr-batch")));
        ClusterView view = first.view();
        assertFalse(view.shared());
        assertEquals(List.of("solo"), view.nodes().stream().map(ClusterView.Node::name).toList());
        assertTrue(view.roles().stream().allMatch(r -> r.heldBy("solo")), view.toString());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "FORBIND_IT_POSTGRESQL_URL", matches = "jdbc:postgresql:.*")
    void onASharedDatabaseOneNodeHoldsARoleAndTheOtherTakesItWhenItIsGivenUp() throws Exception {
        first = new DatabaseNodeRoles(postgresql(), Clock.systemUTC(), "node-a");
        second = new DatabaseNodeRoles(postgresql(), Clock.systemUTC(), "node-b");

        assertTrue(first.holds(ROLE));
        assertFalse(second.holds(ROLE), "one holder at a time");
        assertTrue(first.holds(ROLE), "asked again, still held");
        ClusterView seenByB = second.view();
        assertTrue(seenByB.shared());
        assertEquals("node-a", holder(seenByB));
        assertTrue(seenByB.nodes().stream().map(ClusterView.Node::name).toList().containsAll(List.of("node-a",
                "node-b")), seenByB.toString());

        first.release(ROLE);
        Await.until("node-b takes the role", TAKEOVER, () -> second.holds(ROLE), held -> held);
        assertFalse(first.holds(ROLE));
        assertEquals("node-b", holder(first.view()));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "FORBIND_IT_POSTGRESQL_URL", matches = "jdbc:postgresql:.*")
    void whenTheHoldersConnectionDiesTheRoleIsFreeAndTheHolderKnowsItLostIt() throws Exception {
        first = new DatabaseNodeRoles(postgresql(), Clock.systemUTC(), "node-c");
        second = new DatabaseNodeRoles(postgresql(), Clock.systemUTC(), "node-d");
        assertTrue(first.holds(ROLE));
        assertFalse(second.holds(ROLE));

        // what the server does when a node is killed: the node's lock connection ends
        try (Connection admin = postgresql().getConnection();
             PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     + " WHERE application_name = ?")) {
            kill.setString(1, RoleLocks.application("node-c"));
            kill.executeQuery().close();
        }

        Await.until("node-d takes the role", TAKEOVER, () -> second.holds(ROLE), held -> held);
        Await.until("node-c knows it lost the role", TAKEOVER, () -> first.holds(ROLE), held -> !held);
        assertEquals("node-d", holder(second.view()));
    }

    private static String holder(ClusterView view) {
        return view.roles().stream().filter(r -> r.name().equals(ROLE)).findFirst().orElseThrow().holder();
    }

    private static DataSource postgresql() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv("FORBIND_IT_POSTGRESQL_URL"));
        return dataSource;
    }
}
