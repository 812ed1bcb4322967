package dk.forbind.core;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A capability's tables, created at start when the database answers and otherwise at their first use: a node that
 * starts while its database is down comes up, its connectors wait, and the tables are made when the database
 * answers — instead of a component that failed to start and never tries again.
 */
public final class TablesOnFirstUse {
    private static final Logger LOG = LoggerFactory.getLogger(TablesOnFirstUse.class);

    /** Creates the tables if they are missing. */
    public interface Creation {
        void create() throws SQLException;
    }

    private final String owner;
    private final Creation creation;
    private volatile boolean created;

    /** @param owner whose tables, for the log, e.g. {@code "person-register"} */
    public TablesOnFirstUse(String owner, Creation creation) {
        this.owner = owner;
        this.creation = creation;
    }

    /** At start: creates them if the database answers, else says they are made at first use. */
    public void atStart() {
        try {
            ensure();
        } catch (SQLException e) {
            LOG.warn("{}: the database does not answer at start ({}); its tables are made when it does",
                    owner, e.getMessage());
        }
    }

    /** Before each use: creates them unless that is done. */
    public void ensure() throws SQLException {
        if (!created) {
            synchronized (this) {
                if (!created) {
                    creation.create();
                    created = true;
                }
            }
        }
    }
}
