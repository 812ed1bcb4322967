package dk.forbind.connector.cprbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePersons;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void countsPersonRecordsAndIdentifiesTheFileByItsContent() throws Exception {
        Path a = CprBatchFile.batch("B-1").persons(SamplePersons.range(0, 25)).writeTo(dir, "a.txt");
        Path b = CprBatchFile.batch("B-1").persons(SamplePersons.range(0, 25)).writeTo(dir, "b.txt");
        Path c = CprBatchFile.batch("B-1").persons(SamplePersons.range(1, 25)).writeTo(dir, "c.txt");
        BatchFileSummary summary = BatchFileCheck.check(a);
        assertEquals(25, summary.personRecords());
        assertEquals("B-1", summary.batchId());
        assertEquals(27, summary.lines());
        assertEquals(summary.digest(), BatchFileCheck.check(b).digest());
        assertNotEquals(summary.digest(), BatchFileCheck.check(c).digest());
    }

    @Test
    void aBadPersonRecordDoesNotRefuseTheFile() throws Exception {
        Path file = CprBatchFile.batch("B-2").persons(SamplePersons.range(0, 3)).line("001garbage")
                .writeTo(dir, "bad-record.txt");
        assertEquals(4, BatchFileCheck.check(file).personRecords());
    }

    @Test
    void refusesAFileWhoseEndRecordCountsWrong() {
        Path file = CprBatchFile.batch("B-3").persons(SamplePersons.range(0, 3)).declaredCount(4)
                .writeTo(dir, "count.txt");
        assertRefused(file, "count.txt line 5: the end record counts 4 records but the file holds 3");
    }

    @Test
    void refusesAFileCutShort() {
        Path file = CprBatchFile.batch("B-4").persons(SamplePersons.range(0, 3)).withoutEndRecord()
                .writeTo(dir, "short.txt");
        assertRefused(file, "no end record");
    }

    @Test
    void refusesAFileWithoutStartRecord() throws Exception {
        Path file = dir.resolve("nostart.txt");
        Files.writeString(file, CprBatchFile.personLine(SamplePersons.person(0)) + "\n999" + "00000001\n");
        assertRefused(file, "nostart.txt line 1: the first record must be a start record");
    }

    @Test
    void refusesDataAfterTheEndRecord() throws Exception {
        Path file = CprBatchFile.batch("B-5").persons(SamplePersons.range(0, 1)).writeTo(dir, "after.txt");
        Files.writeString(file, CprBatchFile.personLine(SamplePersons.person(1)) + "\n", StandardCharsets.ISO_8859_1,
                StandardOpenOption.APPEND);
        assertRefused(file, "data after the end record");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertRefused(file, "the file is empty");
    }

    @Test
    void acceptsAStartRecordWhosePaddingAnEditorStripped() throws Exception {
        Path file = CprBatchFile.batch("B-6").persons(SamplePersons.range(0, 2)).writeTo(dir, "stripped.txt");
        java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        lines.set(0, lines.get(0).stripTrailing());
        assertTrue(lines.get(0).length() < 31, lines.get(0));
        Files.write(file, lines, StandardCharsets.ISO_8859_1);

        BatchFileSummary summary = BatchFileCheck.check(file);
        assertEquals("B-6", summary.batchId());
        assertEquals(2, summary.personRecords());
    }

    @Test
    void refusesAStartRecordWithoutBatchId() throws Exception {
        Path file = dir.resolve("nobatch.txt");
        Files.writeString(file, "00020261130\n999" + "00000000\n");
        assertRefused(file, "nobatch.txt line 1: the first record must be a start record");
    }

    private static void assertRefused(Path file, String reason) {
        InvalidBatchFileException e = assertThrows(InvalidBatchFileException.class, () -> BatchFileCheck.check(file));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
