package dk.forbind.api.transparency;

import java.time.Instant;

/**
 * The outcome of walking the registry's hash chain and signed checkpoints: OK, or the first broken
 * record (its sequence number and event id where it still exists) and what is wrong with it.
 */
public record ChainVerification(boolean ok, long recordsChecked, long checkpointsChecked, long firstSeq,
                                long lastSeq, Long brokenSeq, String brokenEventId, String problem,
                                Instant verifiedAt) {

    public static ChainVerification intact(long records, long checkpoints, long firstSeq, long lastSeq, Instant at) {
        return new ChainVerification(true, records, checkpoints, firstSeq, lastSeq, null, null, null, at);
    }

    public static ChainVerification broken(long records, long checkpoints, long firstSeq, long seq, String eventId,
                                           String problem, Instant at) {
        return new ChainVerification(false, records, checkpoints, firstSeq, seq, seq, eventId, problem, at);
    }

    /** One line for operators: "OK ..." or "BROKEN at seq N ...". */
    public String summary() {
        if (ok) {
            return "OK: " + recordsChecked + " records (seq " + firstSeq + ".." + lastSeq + ") and "
                    + checkpointsChecked + " signed checkpoints verified";
        }
        return "BROKEN at seq " + brokenSeq + (brokenEventId == null ? "" : " (event " + brokenEventId + ")")
                + ": " + problem;
    }
}
