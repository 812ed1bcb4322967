package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.util.List;
import org.junit.Test;

/** An agency drops a CPR batch file; its persons end up in the database. */
public class CprBatchFlowIT extends ForbindTestSupport {

    @Test
    public void personsOfADroppedFileArriveInTheDatabase() throws Exception {
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        List<SamplePerson> persons = SamplePersons.range(1000, 40);
        List<String> cprs = cprsOf(persons);

        CprBatchFile.batch("FLOW-1").persons(persons).writeTo(cprInbox(), "flow-1.txt");

        await("40 persons stored", () -> storedPersons(cprs) == 40);
        assertEquals(persons.get(5).surname(), storedSurname(persons.get(5).cpr()).orElseThrow());
        await("file moved to done/", () -> Files.exists(cprInbox().resolve("done").resolve("flow-1.txt")));
        assertTrue(deadLetters.queues().stream().noneMatch(q -> q.messageCount() > 0));
        assertEquals(0, connector("person-register").messagesFailed());
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
}
