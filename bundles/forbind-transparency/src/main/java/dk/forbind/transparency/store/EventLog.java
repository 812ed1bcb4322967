package dk.forbind.transparency.store;

import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.core.DurableCommit;
import dk.forbind.transparency.chain.Checkpoint;
import dk.forbind.transparency.chain.CheckpointSigner;
import dk.forbind.transparency.chain.LoggedEvent;
import dk.forbind.transparency.chain.SubjectKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The append side of the registry: links events into the hash chain and stores them in one
 * database transaction per batch, signing a checkpoint whenever {@code checkpointInterval} records
 * have been added since the last one. An event whose id is already stored is skipped, so a batch
 * redelivered after a crash between the database commit and the broker acknowledgement is not
 * stored twice.
 */
public final class EventLog {
    private static final int IN_LIST = 100;

    private final DataSource dataSource;
    private final SubjectKey subjectKey;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final int checkpointInterval;
    private final boolean chained;

    public EventLog(DataSource dataSource, SubjectKey subjectKey, CheckpointSigner signer, Clock clock,
                    int checkpointInterval) {
        this(dataSource, subjectKey, signer, clock, checkpointInterval, true);
    }

    /** With {@code chained=false} records carry no real hashes: only for the benchmark's baseline. */
    EventLog(DataSource dataSource, SubjectKey subjectKey, CheckpointSigner signer, Clock clock,
             int checkpointInterval, boolean chained) {
        this.dataSource = dataSource;
        this.subjectKey = subjectKey;
        this.signer = signer;
        this.clock = clock;
        this.checkpointInterval = Math.max(1, checkpointInterval);
        this.chained = chained;
    }

    public static EventLog unchainedForBenchmark(DataSource dataSource, SubjectKey subjectKey) {
        return new EventLog(dataSource, subjectKey, null, Clock.systemUTC(), Integer.MAX_VALUE, false);
    }

    /** Appends the events not stored yet; returns how many were new. */
    public int append(Collection<DataAccessEvent> events) throws SQLException {
        Map<String, DataAccessEvent> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.putIfAbsent(e.eventId(), e));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Head head = Head.lock(connection);
                byId.keySet().removeAll(alreadyStored(connection, byId.keySet()));
                long seq = head.seq();
                String hash = head.hash();
                try (PreparedStatement insert = connection.prepareStatement(EventRows.INSERT)) {
                    for (DataAccessEvent event : byId.values()) {
                        LoggedEvent record = link(event, ++seq, hash);
                        EventRows.bind(insert, record);
                        insert.addBatch();
                        hash = record.hash();
                    }
                    insert.executeBatch();
                }
                if (!byId.isEmpty()) {
                    Head.advance(connection, seq, hash);
                    if (chained && seq - Checkpoints.latestSeq(connection) >= checkpointInterval) {
                        Checkpoints.insert(connection, signer.sign(seq, hash, clock.instant()));
                    }
                }
                connection.commit();
                DurableCommit.forceToDisk(connection);
                return byId.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The sequence number of the newest record (0 for an empty chain). */
    public long headSeq() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Head.read(connection).seq();
        }
    }

    /** Signs a checkpoint over the newest record unless one already covers it; returns it, or null. */
    public Checkpoint checkpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Head head = Head.lock(connection);
                Checkpoint made = null;
                if (head.seq() > Checkpoints.latestSeq(connection)) {
                    made = signer.sign(head.seq(), head.hash(), clock.instant());
                    Checkpoints.insert(connection, made);
                }
                connection.commit();
                if (made != null) {
                    DurableCommit.forceToDisk(connection);
                }
                return made;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private LoggedEvent link(DataAccessEvent event, long seq, String prevHash) {
        String key = subjectKey.of(event.subject());
        return chained ? LoggedEvent.chain(event, seq, key, prevHash) : LoggedEvent.unchained(event, seq, key);
    }

    private static Set<String> alreadyStored(Connection connection, Set<String> ids) throws SQLException {
        Set<String> stored = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT event_id FROM " + RegistrySchema.EVENTS + " WHERE event_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
        }
        return stored;
    }

    /** The newest seq and hash, read under a row lock that serialises writers. */
    record Head(long seq, String hash) {
        static Head lock(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT seq, hash FROM " + RegistrySchema.HEAD + " WHERE id = 1 FOR UPDATE")) {
                if (!row.next()) {
                    throw new SQLException("the registry's head row is missing from " + RegistrySchema.HEAD);
                }
                return new Head(row.getLong(1), row.getString(2));
            }
        }

        static Head read(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT seq, hash FROM " + RegistrySchema.HEAD + " WHERE id = 1")) {
                return row.next() ? new Head(row.getLong(1), row.getString(2)) : new Head(0, null);
            }
        }

        static void advance(Connection connection, long seq, String hash) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + RegistrySchema.HEAD + " SET seq = ?, hash = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.executeUpdate();
            }
        }
    }
}
