package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import dk.forbind.api.ForbindHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** An agency drops a CPR batch file; its persons end up in the database. */
public class CprBatchFlowScenario extends ForbindTestSupport {

    @Test
    public void personsOfADroppedFileArriveInTheDatabase() throws Exception {
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        List<SamplePerson> persons = SamplePersons.range(1000, 40);
        List<String> cprs = cprsOf(persons);

        CprBatchFile.batch("FLOW-1").persons(persons).writeTo(cprInbox(), "flow-1.txt");

        await("40 persons stored", () -> storedPersons(cprs) == 40);
        assertEquals(persons.get(5).surname(), storedSurname(persons.get(5).cpr()).orElseThrow());
        await("file moved to done/", () -> Files.exists(cprInbox().resolve("done").resolve("flow-1.txt")));
        assertEquals("dead letters of flow-1.txt", List.of(), deadLetters.queues().stream()
                .flatMap(q -> deadLetters.browse(q.name(), 1000).stream())
                .filter(letter -> "flow-1.txt".equals(letter.properties().get(ForbindHeaders.SOURCE_FILE)))
                .map(letter -> letter.queue() + ": " + letter.error()).collect(Collectors.toList()));
    }

    @Test
    public void danishLettersSurviveTheIso88591File() throws Exception {
        SamplePerson soren = new SamplePerson("1505724321", "Søren", "Ærø", "Åboulevard 3", "2200", "København N");
        CprBatchFile.batch("FLOW-2").person(soren).writeTo(cprInbox(), "flow-2.txt");

        await("Søren stored", () -> storedSurname(soren.cpr()).isPresent());
        assertEquals("Ærø", storedSurname(soren.cpr()).orElseThrow());
    }

    @Test
    public void aFileWithAWrongCountIsRefusedWholeWithAReport() throws Exception {
        List<SamplePerson> persons = SamplePersons.range(2000, 3);
        CprBatchFile.batch("FLOW-3").persons(persons).declaredCount(4).writeTo(cprInbox(), "flow-3.txt");

        await("file moved to failed/", () -> Files.exists(cprInbox().resolve("failed").resolve("flow-3.txt")));
        String report = Files.readString(cprInbox().resolve("failed").resolve("flow-3.txt.error"));
        assertTrue(report, report.contains("the end record counts 4 records but the file holds 3"));
        assertEquals(0, storedPersons(cprsOf(persons)));
    }

    @Test
    public void anEmptyFileIsRefusedWithAReport() throws Exception {
        Files.createFile(cprInbox().resolve("flow-empty.txt"));

        await("empty file moved to failed/", () -> Files.exists(cprInbox().resolve("failed/flow-empty.txt.error")));
        assertTrue(Files.readString(cprInbox().resolve("failed/flow-empty.txt.error")).contains("the file is empty"));
        assertTrue(Files.exists(cprInbox().resolve("failed/flow-empty.txt")));
    }

    @Test
    public void theSameContentDroppedAgainUnderAnotherNameIsRefusedAndLeavesNothingBehind() throws Exception {
        List<SamplePerson> persons = SamplePersons.range(2100, 5);
        Path first = CprBatchFile.batch("FLOW-4").persons(persons).writeTo(cprInbox(), "flow-4.txt");
        byte[] content = Files.readAllBytes(first);
        await("flow-4.txt done", () -> Files.exists(cprInbox().resolve("done/flow-4.txt")));
        await("5 persons stored", () -> storedPersons(cprsOf(persons)) == 5);
        await("flow-4.txt recorded as completed",
                () -> executeCommand("forbind:batch-files cpr-batch").contains("flow-4.txt"));

        long recordsBefore = connector("person-register").messagesIn();
        Files.write(cprInbox().resolve(".flow-4-again.part"), content);
        Files.move(cprInbox().resolve(".flow-4-again.part"), cprInbox().resolve("flow-4-again.txt"));

        await("the copy refused", () -> Files.exists(cprInbox().resolve("failed/flow-4-again.txt.error")));
        String report = Files.readString(cprInbox().resolve("failed/flow-4-again.txt.error"));
        assertTrue(report, report.contains("this file was already processed on"));
        assertTrue(report, report.contains(" as flow-4.txt (batch FLOW-4, 5 person records"));
        try (Stream<Path> marks = Files.list(cprInbox().resolve(".progress"))) {
            assertEquals("progress marks left", List.of(), marks.collect(Collectors.toList()));
        }
        assertEquals("no record of the copy was published", recordsBefore, connector("person-register").messagesIn());
    }
}
