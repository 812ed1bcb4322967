package dk.forbind.transparency.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import dk.forbind.transparency.chain.LoggedEvent;
import dk.forbind.transparency.chain.RecordHash;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvExport.field("+1"));
        assertEquals("'-2+3", CsvExport.field("-2+3"));
        assertEquals("'@SUM(A1)", CsvExport.field("@SUM(A1)"));
        assertEquals("'\tcmd", CsvExport.field("\tcmd"));
        assertEquals("\"'\r=1\"", CsvExport.field("\r=1"));
    }

    @Test
    void ordinaryCellsAreUnchangedAndQuotedOnlyWhenNeeded() {
        assertEquals("Sagsbehandling", CsvExport.field("Sagsbehandling"));
        assertEquals("a=b", CsvExport.field("a=b"));
        assertEquals("\"navn, adresse\"", CsvExport.field("navn, adresse"));
        assertEquals("", CsvExport.field(""));
        assertEquals("", CsvExport.field(null));
    }

    @Test
    void aRecordWhosePurposeIsAFormulaExportsItAsText() {
        DataAccessEvent sample = SampleAccessEvents.about(SampleAccessEvents.CITIZEN, Instant.parse("2026-11-28T10:00:00Z"));
        DataAccessEvent hostile = new DataAccessEvent(sample.eventId(), sample.logTime(), sample.subject(),
                sample.processingType(), "=cmd|' /C calc'!A0", sample.legalBasis(), sample.dataCategories(),
                sample.initiatorOrg(), sample.initiatorPerson(), sample.targetOrg(), sample.sourceOrg(),
                sample.connector(), sample.correlationId(), "@case", sample.bulk(), null, null);
        String row = CsvExport.row(LoggedEvent.chain(hostile, 1, "k".repeat(64), RecordHash.GENESIS));
        assertTrue(row.contains(",'=cmd|' /C calc'!A0,"), row);
        assertTrue(row.contains(",'@case,"), row);
    }
}
