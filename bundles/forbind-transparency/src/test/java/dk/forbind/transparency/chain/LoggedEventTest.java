package dk.forbind.transparency.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoggedEventTest {
    private static final DataAccessEvent EVENT = SampleAccessEvents.about(SampleAccessEvents.CITIZEN,
            Instant.parse("2026-11-28T10:00:00Z"));

    @Test
    void hashIsSha256OfTheCanonicalEncodingIncludingThePreviousHash() {
        LoggedEvent first = LoggedEvent.chain(EVENT, 1, "k".repeat(64), RecordHash.GENESIS);
        assertEquals(64, first.hash().length());
        assertEquals(RecordHash.sha256(CanonicalRecord.encode(first)), first.hash());
        LoggedEvent second = LoggedEvent.chain(EVENT, 2, "k".repeat(64), first.hash());
        assertEquals(first.hash(), second.prevHash());
        LoggedEvent otherPredecessor = LoggedEvent.chain(EVENT, 2, "k".repeat(64), RecordHash.GENESIS);
        assertNotEquals(second.hash(), otherPredecessor.hash());
    }

    @Test
    void changingAnyStoredValueChangesTheExpectedHash() {
        LoggedEvent r = LoggedEvent.chain(EVENT, 1, "k".repeat(64), RecordHash.GENESIS);
        LoggedEvent altered = new LoggedEvent(r.seq(), r.eventId(), r.logTime(), r.subjectType(), r.subjectKey(),
                r.processingType(), "Something else", r.legalBasis(), r.dataCategories(), r.initiatorOrgCode(),
                r.initiatorOrgName(), r.initiatorSystem(), r.initiatorPerson(), r.targetOrg(), r.sourceOrg(),
                r.connector(), r.correlationId(), r.caseId(), r.bulk(), r.hiddenUntil(), r.hiddenReason(),
                r.prevHash(), r.hash());
        assertEquals(r.hash(), r.expectedHash());
        assertNotEquals(altered.hash(), altered.expectedHash());
    }
}
