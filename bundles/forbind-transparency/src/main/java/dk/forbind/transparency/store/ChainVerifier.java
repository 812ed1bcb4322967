package dk.forbind.transparency.store;

import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.transparency.chain.Checkpoint;
import dk.forbind.transparency.chain.CheckpointSigner;
import dk.forbind.transparency.chain.LoggedEvent;
import dk.forbind.transparency.chain.RecordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Walks the stored chain in seq order, streaming, and checks every link: seq without gaps, each
 * {@code prevHash} equal to the hash of the record before, each {@code hash} equal to the hash of
 * the record's canonical encoding, every signed checkpoint matching its record and signed by the
 * registry's key; the first record either starts the chain or follows a signed anchor checkpoint
 * (after a retention purge); no checkpoint or head claims records beyond the last one stored.
 */
public final class ChainVerifier {
    private static final int FETCH = 1000;

    private final DataSource dataSource;
    private final CheckpointSigner signer;
    private final Clock clock;

    public ChainVerifier(DataSource dataSource, CheckpointSigner signer, Clock clock) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.clock = clock;
    }

    public ChainVerification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean readOnly = connection.isReadOnly();
            connection.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            connection.setReadOnly(true);
            try {
                return walk(connection);
            } finally {
                // back to the pool as it was taken: a pooled connection left read-only refused the next writer
                connection.rollback();
                connection.setReadOnly(readOnly);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Reads the checkpoints, then the head, then the records up to the head: appends that commit meanwhile
     * (the registry keeps taking events while it is verified) lie beyond the head read and are left for the
     * next verification, instead of looking like records the head claims but the walk did not find.
     */
    private ChainVerification walk(Connection connection) throws SQLException {
        List<Checkpoint> all = Checkpoints.all(connection);
        Map<Long, Checkpoint> checkpoints = all.stream()
                .collect(Collectors.toMap(Checkpoint::seq, Function.identity(), (a, b) -> a, TreeMap::new));
        long headSeq = EventLog.Head.read(connection).seq();
        Walk walk = new Walk();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + EventRows.COLUMNS + " FROM "
                + RegistrySchema.EVENTS + " WHERE seq <= ? ORDER BY seq")) {
            query.setLong(1, headSeq);
            query.setFetchSize(FETCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LoggedEvent record = EventRows.read(rows);
                    String problem = walk.first ? start(record, checkpoints, walk) : null;
                    if (problem == null) {
                        problem = link(record, walk, checkpoints.get(record.seq()));
                    }
                    if (problem != null) {
                        return broken(walk, record.seq() == walk.expectedSeq ? record.seq() : walk.expectedSeq,
                                record.seq() == walk.expectedSeq ? record.eventId() : null, problem);
                    }
                    walk.records++;
                    walk.prevHash = record.hash();
                    walk.expectedSeq = record.seq() + 1;
                }
            }
        }
        return end(walk, checkpoints, headSeq);
    }

    private String start(LoggedEvent first, Map<Long, Checkpoint> checkpoints, Walk walk) {
        walk.first = false;
        walk.firstSeq = first.seq();
        walk.expectedSeq = first.seq();
        if (first.seq() == 1) {
            walk.prevHash = RecordHash.GENESIS;
            return null;
        }
        Checkpoint anchor = checkpoints.get(first.seq() - 1);
        if (anchor == null) {
            return "records 1.." + (first.seq() - 1) + " are missing and no signed checkpoint anchors seq "
                    + (first.seq() - 1);
        }
        if (!signer.verifies(anchor)) {
            return "the anchor checkpoint at seq " + anchor.seq() + " has an invalid signature";
        }
        walk.checkpoints++;
        walk.prevHash = anchor.hash();
        return null;
    }

    private String link(LoggedEvent record, Walk walk, Checkpoint checkpoint) {
        if (record.seq() != walk.expectedSeq) {
            return "record missing: seq " + walk.expectedSeq + " is absent (the next stored record is seq "
                    + record.seq() + ")";
        }
        if (!record.expectedHash().equals(record.hash())) {
            return "record content was changed: its stored hash does not match its content";
        }
        if (!record.prevHash().equals(walk.prevHash)) {
            return "prevHash does not match the hash of seq " + (record.seq() - 1)
                    + " (that record or this one was replaced)";
        }
        if (checkpoint != null) {
            if (!checkpoint.hash().equals(record.hash())) {
                return "record differs from the signed checkpoint at seq " + checkpoint.seq();
            }
            if (!signer.verifies(checkpoint)) {
                return "the checkpoint at seq " + checkpoint.seq() + " has an invalid signature (key "
                        + checkpoint.keyId() + ")";
            }
            walk.checkpoints++;
        }
        return null;
    }

    private ChainVerification end(Walk walk, Map<Long, Checkpoint> checkpoints, long headSeq) {
        long lastSeq = walk.expectedSeq - 1;
        long newestCheckpoint = checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        long claimed = Math.max(newestCheckpoint, headSeq);
        if (walk.first) {
            // nothing stored: fine if nothing was ever written, or a purge left only the anchor
            Checkpoint anchor = checkpoints.get(claimed);
            if (claimed == 0 || (anchor != null && anchor.seq() == headSeq && signer.verifies(anchor))) {
                return ChainVerification.intact(0, anchor == null ? 0 : 1, claimed + 1, claimed, clock.instant());
            }
            return broken(walk, claimed, null, "all records are missing although the registry holds up to seq "
                    + claimed);
        }
        if (claimed > lastSeq) {
            return broken(walk, lastSeq + 1, null, "records after seq " + lastSeq + " are missing: "
                    + (newestCheckpoint > lastSeq ? "a signed checkpoint covers seq " + newestCheckpoint
                    : "the registry head is at seq " + headSeq));
        }
        return ChainVerification.intact(walk.records, walk.checkpoints, walk.firstSeq, lastSeq, clock.instant());
    }

    private ChainVerification broken(Walk walk, long seq, String eventId, String problem) {
        return ChainVerification.broken(walk.records, walk.checkpoints, walk.firstSeq, seq, eventId, problem,
                clock.instant());
    }

    /** Where the walk is. */
    private static final class Walk {
        boolean first = true;
        long firstSeq = 1;
        long expectedSeq = 1;
        long records;
        long checkpoints;
        String prevHash;
    }
}
