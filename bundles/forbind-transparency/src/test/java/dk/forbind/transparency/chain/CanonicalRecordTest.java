package dk.forbind.transparency.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.forbind.api.SubjectType;
import dk.forbind.api.transparency.ProcessingType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoding auditors re-implement from docs/transparency.md: it must stay exactly this. */
class CanonicalRecordTest {

    static LoggedEvent record(String purpose, List<String> categories) {
        return new LoggedEvent(7, "e-7", Instant.parse("2026-11-28T10:15:30Z"), SubjectType.CPR, "ab".repeat(32),
                ProcessingType.DATA_REQUEST, purpose, "GDPR art. 6(1)(e)", categories, "29190623", null,
                "forbind/x", null, null, null, "x", "c-1", null, false, null, null, RecordHash.GENESIS, null);
    }

    @Test
    void encodingIsTheDocumentedLineFormat() {
        String text = new String(CanonicalRecord.encode(record("Boligstøtte", List.of("CPR", "indkomst"))),
                StandardCharsets.UTF_8);
        assertEquals("forbind-transparency-record/1\n"
                + "seq:1:7\n"
                + "eventId:3:e-7\n"
                + "logTime:24:2026-11-28T10:15:30.000Z\n"
                + "subjectType:3:CPR\n"
                + "subjectKey:64:" + "ab".repeat(32) + "\n"
                + "processingType:12:DATA_REQUEST\n"
                + "purpose:12:Boligstøtte\n"
                + "legalBasis:17:GDPR art. 6(1)(e)\n"
                + "dataCategories#2\n"
                + "item:3:CPR\n"
                + "item:8:indkomst\n"
                + "initiatorOrgCode:8:29190623\n"
                + "initiatorOrgName:-\n"
                + "initiatorSystem:9:forbind/x\n"
                + "initiatorPerson:-\n"
                + "targetOrg:-\n"
                + "sourceOrg:-\n"
                + "connector:1:x\n"
                + "correlationId:3:c-1\n"
                + "caseId:-\n"
                + "bulk:5:false\n"
                + "hiddenUntil:-\n"
                + "hiddenReason:-\n"
                + "prevHash:64:" + RecordHash.GENESIS + "\n", text);
    }

    @Test
    void lengthPrefixesMakeFieldBoundariesUnambiguous() {
        // the same characters split differently between two fields must not encode alike
        byte[] a = CanonicalRecord.encode(record("ab", List.of("c")));
        byte[] b = CanonicalRecord.encode(record("a", List.of("bc")));
        assertNotEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
        byte[] empty = CanonicalRecord.encode(record("x", List.of("")));
        byte[] none = CanonicalRecord.encode(record("x", List.of()));
        assertNotEquals(new String(empty, StandardCharsets.UTF_8), new String(none, StandardCharsets.UTF_8));
    }
}
