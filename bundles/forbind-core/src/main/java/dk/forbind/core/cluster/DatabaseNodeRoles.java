package dk.forbind.core.cluster;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.cluster.ClusterView;
import dk.forbind.api.cluster.NodeRoles;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NodeRoles} on the platform database. On PostgreSQL, shared by several nodes, a role is an advisory lock on
 * this node's lock connection ({@link RoleLocks}); the connection is checked every few seconds, and when it breaks
 * the node holds nothing until it has a new one and takes its roles again — by then another node may have them.
 * On any other database (H2, a file of the node's own) the node is alone and holds every role.
 */
@Component(service = NodeRoles.class, immediate = true)
public class DatabaseNodeRoles implements NodeRoles {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseNodeRoles.class);
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    static final Duration TRY_EVERY = Duration.ofSeconds(2);
    private static final int NETWORK_TIMEOUT_MS = 5_000;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    private final Clock clock;
    private final String name;
    private final Set<String> known = new ConcurrentSkipListSet<>();
    private final Set<String> held = new TreeSet<>();
    private final Map<String, Instant> nextTry = new HashMap<>();
    private final Set<String> toldTaken = new TreeSet<>();
    private volatile Boolean alone;
    private Connection locks;
    private Instant nextCheck = Instant.EPOCH;
    private Instant nextConnect = Instant.EPOCH;

    public DatabaseNodeRoles() {
        this(Clock.systemUTC(), NodeName.ofThisNode());
    }

    DatabaseNodeRoles(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
    }

    /** For tests outside OSGi. */
    DatabaseNodeRoles(DataSource dataSource, Clock clock, String name) {
        this(clock, name);
        this.dataSource = dataSource;
    }

    @Activate
    void activate() {
        LOG.info("Node {} started", name);
    }

    @Deactivate
    synchronized void deactivate() {
        if (!held.isEmpty()) {
            LOG.info("Node {} stopping: gives up {}", name, held);
        }
        held.clear();
        closeLocks();
    }

    @Override
    public String nodeName() {
        return name;
    }

    @Override
    public synchronized boolean holds(String role) {
        known.add(role);
        Instant now = clock.instant();
        if (!connected(now)) {
            return false;
        }
        if (Boolean.TRUE.equals(alone) || held.contains(role)) {
            return true;
        }
        if (now.isBefore(nextTry.getOrDefault(role, Instant.EPOCH))) {
            return false;
        }
        nextTry.put(role, now.plus(TRY_EVERY));
        try {
            if (RoleLocks.tryLock(locks, role)) {
                held.add(role);
                toldTaken.remove(role);
                LOG.info("Node {} now holds the role {}", name, role);
                return true;
            }
            if (toldTaken.add(role)) {
                LOG.info("The role {} is held by another node; node {} takes it over when that node goes away",
                        role, name);
            }
            return false;
        } catch (SQLException e) {
            lose("the lock connection failed: " + e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void release(String role) {
        if (held.remove(role)) {
            try {
                RoleLocks.unlock(locks, role);
                LOG.info("Node {} gave up the role {}", name, role);
            } catch (SQLException e) {
                lose("the lock connection failed: " + e.getMessage());
            }
        }
    }

    @Override
    public ClusterView view() {
        List<ClusterView.Role> roles = new ArrayList<>();
        if (Boolean.TRUE.equals(alone)) {
            known.forEach(role -> roles.add(new ClusterView.Role(role, name)));
            return new ClusterView(name, false, List.of(new ClusterView.Node(name, "this machine", null)), roles, null);
        }
        try (Connection connection = dataSource.getConnection()) {
            for (String role : known) {
                roles.add(new ClusterView.Role(role, RoleLocks.holder(connection, role).orElse(null)));
            }
            return new ClusterView(name, alone != null, RoleLocks.nodes(connection), roles, null);
        } catch (SQLException e) {
            known.forEach(role -> roles.add(new ClusterView.Role(role, null)));
            return new ClusterView(name, true, List.of(), roles,
                    "the database does not answer: " + UntrustedText.forLog(e.getMessage()));
        }
    }

    /** Whether the lock connection is there (made when missing, checked every few seconds). */
    private boolean connected(Instant now) {
        if (Boolean.TRUE.equals(alone)) {
            return true;
        }
        if (locks != null && now.isAfter(nextCheck)) {
            nextCheck = now.plus(CHECK_EVERY);
            try {
                if (!locks.isValid(NETWORK_TIMEOUT_MS / 1000)) {
                    lose("the lock connection is no longer valid");
                }
            } catch (SQLException e) {
                lose("the lock connection failed: " + e.getMessage());
            }
        }
        if (locks == null && !now.isBefore(nextConnect)) {
            nextConnect = now.plus(TRY_EVERY);
            connect();
        }
        return locks != null || Boolean.TRUE.equals(alone);
    }

    private void connect() {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                connection.close();
                alone = true;
                LOG.info("Node {} has a database of its own ({}): it is alone and holds every role", name, product);
                return;
            }
            connection.setAutoCommit(true);
            connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MS);
            RoleLocks.name(connection, name);
            locks = connection;
            alone = false;
            nextCheck = clock.instant().plus(CHECK_EVERY);
        } catch (SQLException e) {
            LOG.debug("Node {}: no lock connection yet: {}", name, e.getMessage());
        }
    }

    private void lose(String why) {
        if (!held.isEmpty()) {
            LOG.warn("Node {} lost the roles {}: {}; another node may take them", name, held,
                    UntrustedText.forLog(why));
        }
        held.clear();
        nextTry.clear();
        closeLocks();
    }

    private void closeLocks() {
        if (locks == null) {
            return;
        }
        try {
            // the connection may go back to a pool: it must not keep this node's locks or name
            try (var statement = locks.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock_all(), set_config('application_name', '', false)");
            }
        } catch (SQLException e) {
            LOG.debug("Releasing the lock connection: {}", e.getMessage());
        }
        try {
            locks.close();
        } catch (SQLException e) {
            LOG.debug("Closing the lock connection: {}", e.getMessage());
        }
        locks = null;
    }
}
