package dk.forbind.transparency.chain;

import dk.forbind.api.SubjectType;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.ProcessingType;
import java.time.Instant;
import java.util.List;

/**
 * A data-access event as the registry stores it: at position {@code seq} of the chain, with the
 * subject replaced by its keyed hash, linked to its predecessor by {@code prevHash}, and sealed by
 * {@code hash} over its canonical encoding ({@link CanonicalRecord}).
 */
public record LoggedEvent(long seq, String eventId, Instant logTime, SubjectType subjectType, String subjectKey,
                          ProcessingType processingType, String purpose, String legalBasis,
                          List<String> dataCategories, String initiatorOrgCode, String initiatorOrgName,
                          String initiatorSystem, String initiatorPerson, String targetOrg, String sourceOrg,
                          String connector, String correlationId, String caseId, boolean bulk, Instant hiddenUntil,
                          String hiddenReason, String prevHash, String hash) {

    /** Links {@code event} into the chain after the record whose hash is {@code prevHash}. */
    public static LoggedEvent chain(DataAccessEvent event, long seq, String subjectKey, String prevHash) {
        LoggedEvent unsealed = of(event, seq, subjectKey, prevHash, null);
        return unsealed.withHash(RecordHash.of(unsealed));
    }

    /** The same row without hashing or linking: only the benchmark's baseline stores these. */
    public static LoggedEvent unchained(DataAccessEvent event, long seq, String subjectKey) {
        return of(event, seq, subjectKey, RecordHash.GENESIS, RecordHash.GENESIS);
    }

    private static LoggedEvent of(DataAccessEvent event, long seq, String subjectKey, String prevHash, String hash) {
        return new LoggedEvent(seq, event.eventId(), event.logTime(), event.subject().type(),
                subjectKey, event.processingType(), event.purpose(), event.legalBasis(), event.dataCategories(),
                event.initiatorOrg().code(), event.initiatorOrg().name(), event.initiatorOrg().system(),
                event.initiatorPerson(), event.targetOrg(), event.sourceOrg(), event.connector(),
                event.correlationId(), event.caseId(), event.bulk(), event.hiddenUntil(), event.hiddenReason(),
                prevHash, hash);
    }

    /** The hash this record should carry, recomputed from its content and {@code prevHash}. */
    public String expectedHash() {
        return RecordHash.of(this);
    }

    private LoggedEvent withHash(String sealed) {
        return new LoggedEvent(seq, eventId, logTime, subjectType, subjectKey, processingType, purpose, legalBasis,
                dataCategories, initiatorOrgCode, initiatorOrgName, initiatorSystem, initiatorPerson, targetOrg,
                sourceOrg, connector, correlationId, caseId, bulk, hiddenUntil, hiddenReason, prevHash, sealed);
    }
}
