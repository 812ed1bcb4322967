package dk.forbind.itests;

import static org.junit.Assert.assertEquals;

import dk.forbind.fixtures.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** The nodes of a scale-out test as their health documents show them: who is there, who holds which role. */
final class ClusterHealth {
    private static final Duration AGREEMENT = Duration.ofSeconds(90);

    private final List<InstalledDistribution> nodes;
    private final List<InstalledDistribution> lost = new ArrayList<>();

    ClusterHealth(List<InstalledDistribution> nodes) {
        this.nodes = nodes;
    }

    /** A node that was killed: no longer asked, and no longer expected among the nodes seen. */
    void lost(InstalledDistribution node) {
        lost.add(node);
    }

    List<InstalledDistribution> running() {
        return nodes.stream().filter(n -> !lost.contains(n)).toList();
    }

    /** Waits until every running node sees this many nodes on the shared database. */
    void awaitNodesSeen(int count) throws Exception {
        for (InstalledDistribution node : running()) {
            Await.until(node.name + " sees " + count + " nodes", AGREEMENT,
                    () -> section(node, "node").map(n -> ((JsonArray) n.get("nodes")).size()).orElse(-1),
                    seen -> seen == count);
        }
    }

    /** Waits until every running node names the same running node as the role's holder; that node. */
    InstalledDistribution holderOf(String role) throws Exception {
        String holder = Await.until("one holder of " + role + " that every node names", AGREEMENT,
                () -> agreedHolder(role), Optional::isPresent).orElseThrow();
        return running().stream().filter(n -> holder.equals(n.name)).findFirst().orElseThrow();
    }

    /** The name of the broker the first running node is connected to. */
    String brokerName() {
        return section(running().get(0), "broker").map(b -> b.getString("name")).orElse(null);
    }

    void assertNoDeadLetters() {
        for (InstalledDistribution node : running()) {
            JsonObject health = health(node).orElseThrow(() -> new AssertionError(node.name + " does not answer"));
            assertEquals(node.name + ": " + health.toJson(), 0, ((JsonArray) health.get("deadLetters")).size());
        }
    }

    private Optional<String> agreedHolder(String role) {
        List<String> holders = new ArrayList<>();
        for (InstalledDistribution node : running()) {
            Optional<JsonObject> section = section(node, "node");
            if (section.isEmpty()) {
                return Optional.empty();
            }
            ((JsonArray) section.get().get("roles")).stream().map(JsonObject.class::cast)
                    .filter(r -> role.equals(r.getString("role"))).map(r -> r.getString("holder"))
                    .forEach(holders::add);
        }
        boolean agreed = holders.size() == running().size() && holders.stream().distinct().count() == 1
                && running().stream().anyMatch(n -> Objects.equals(n.name, holders.get(0)));
        return agreed ? Optional.of(holders.get(0)) : Optional.empty();
    }

    private static Optional<JsonObject> section(InstalledDistribution node, String name) {
        return health(node).map(h -> (JsonObject) h.get(name)).filter(Objects::nonNull);
    }

    private static Optional<JsonObject> health(InstalledDistribution node) {
        Optional<String> body = node.health();
        try {
            return body.isEmpty() ? Optional.empty() : Optional.of((JsonObject) Jsoner.deserialize(body.get()));
        } catch (DeserializationException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
