package dk.forbind.core.health;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.DeadLetter;
import dk.forbind.api.DeadLetterOffice;
import dk.forbind.api.DeploymentProblems;
import dk.forbind.api.cluster.ClusterView;
import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.api.cluster.BrokerState;
import dk.forbind.api.cluster.BrokerStatus;
import dk.forbind.core.internal.DependencyProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.apache.karaf.features.BootFinished;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether the node is ready, asked afresh each time: the broker and the database answer, every connector runs —
 * and what waits: connectors waiting for a dependency, messages on dead-letter queues.
 * Served at {@code /forbind/health} by {@link HealthServlet} and, where plain HTTP is off, by
 * {@link LocalHealthListener}.
 */
@Component(service = NodeHealth.class)
public class NodeHealth {
    private static final int DATABASE_TIMEOUT_SECONDS = 2;
    static final String LIVE = "{\"status\":\"UP\"}";

    @Reference
    private ConnectorRegistry connectors;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory connectionFactory;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeadLetterOffice deadLetterOffice;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NodeRoles roles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BrokerStatus brokerStatus;

    /** Karaf registers it once the boot features are installed, with every connector bundle started. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BootFinished bootFinished;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<DeploymentProblems> deploymentProblems = new CopyOnWriteArrayList<>();

    /** The answer to a health request: 200 when ready (UP, WAITING or DEGRADED), 503 and DOWN with the reasons. */
    Answer answer() {
        DependencyProbe probe = new DependencyProbe(() -> dataSource, () -> connectionFactory,
                Duration.ofSeconds(DATABASE_TIMEOUT_SECONDS));
        String brokerProblem = probe.broker().orElse(null);
        HealthReport report = new HealthReport(bootFinished != null, brokerProblem, probe.database().orElse(null),
                connectors.connectors(),
                brokerProblem == null ? deadLetters() : List.of(),
                deploymentProblems.stream().flatMap(p -> p.problems().stream()).toList(),
                brokerProblem == null ? brokerState() : null, cluster());
        return new Answer(report.ready() ? 200 : 503, report.toJson(Instant.now()));
    }

    /** The broker's account of itself; null when it cannot give one (e.g. the user may not manage). */
    private BrokerState brokerState() {
        BrokerStatus status = brokerStatus;
        try {
            return status == null ? null : status.state();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ClusterView cluster() {
        NodeRoles nodeRoles = roles;
        return nodeRoles == null ? null : nodeRoles.view();
    }

    /** The dead-letter queues that hold messages, with the time their oldest was parked. */
    private List<HealthReport.DeadLetters> deadLetters() {
        DeadLetterOffice office = deadLetterOffice;
        if (office == null) {
            return List.of();
        }
        try {
            return office.queues().stream().filter(q -> q.messageCount() > 0)
                    .map(q -> new HealthReport.DeadLetters(q.name(), q.messageCount(),
                            office.browse(q.name(), 1).stream().map(DeadLetter::parkedAt).findFirst().orElse(null)))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(new HealthReport.DeadLetters("(dead-letter queues unreadable: " + e.getMessage() + ")",
                    -1, null));
        }
    }

    record Answer(int status, String json) {
    }

}
