package dk.forbind.core.cluster;

import dk.forbind.api.cluster.ClusterView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Roles as PostgreSQL session-level advisory locks. The locks of a node live on one connection of its own, named
 * {@code forbind:<node>} in {@code pg_stat_activity}: when the node dies its connection closes and the server frees
 * its roles, with nothing for anyone to clean up. Who holds a role, and which nodes are connected, is read from
 * {@code pg_locks} and {@code pg_stat_activity} — the database's own truth, not a table the nodes keep.
 */
final class RoleLocks {
    /** The first key of every Forbind advisory lock ("FBND"), so that other users of the database do not collide. */
    static final int NAMESPACE = 0x46424e44;
    static final String APPLICATION_PREFIX = "forbind:";

    private RoleLocks() {
    }

    /** The second key of a role's lock: its name's hash, non-negative (pg_locks shows keys as unsigned oids). */
    static int key(String role) {
        return role.hashCode() & 0x7fffffff;
    }

    /** Names the connection after the node, so that the other nodes see who holds what. */
    static void name(Connection locks, String node) throws SQLException {
        try (PreparedStatement set = locks.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            set.setString(1, application(node));
            set.executeQuery().close();
        }
    }

    static String application(String node) {
        String name = APPLICATION_PREFIX + node;
        return name.length() > 63 ? name.substring(0, 63) : name; // PostgreSQL keeps 63 bytes
    }

    static boolean tryLock(Connection locks, String role) throws SQLException {
        return call(locks, "SELECT pg_try_advisory_lock(?, ?)", role);
    }

    static void unlock(Connection locks, String role) throws SQLException {
        call(locks, "SELECT pg_advisory_unlock(?, ?)", role);
    }

    /** The node that holds the role, if any node does. */
    static Optional<String> holder(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.application_name FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 2"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            query.setLong(1, NAMESPACE);
            query.setLong(2, key(role));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(node(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** The nodes connected to this database, by their lock connections. */
    static List<ClusterView.Node> nodes(Connection connection) throws SQLException {
        List<ClusterView.Node> nodes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT application_name,"
                + " COALESCE(host(client_addr), 'local socket'), backend_start FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name LIKE ? ORDER BY application_name")) {
            query.setString(1, APPLICATION_PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new ClusterView.Node(node(rows.getString(1)), rows.getString(2),
                            rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return nodes;
    }

    private static String node(String application) {
        return application.startsWith(APPLICATION_PREFIX) ? application.substring(APPLICATION_PREFIX.length())
                : application;
    }

    private static boolean call(Connection locks, String sql, String role) throws SQLException {
        try (PreparedStatement call = locks.prepareStatement(sql)) {
            call.setInt(1, NAMESPACE);
            call.setInt(2, key(role));
            try (ResultSet row = call.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
