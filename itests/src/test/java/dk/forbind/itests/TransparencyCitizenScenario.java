package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.BASE;
import static dk.forbind.itests.TransparencyCalls.citizen;
import static dk.forbind.itests.TransparencyCalls.usageOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.Test;

/** A citizen reads, over HTTP, what the CPR batch flow did with their data — and nobody else's. */
public class TransparencyCitizenScenario extends ForbindTestSupport {

    @Test
    public void aBatchFileYieldsOneEventPerPersonAtEachConnectorSeenOnlyByThatPerson() throws Exception {
        List<SamplePerson> persons = SamplePersons.range(8100, 5);
        CprBatchFile.batch("TR-1").persons(persons).writeTo(cprInbox(), "tr-1.txt");
        for (SamplePerson person : persons) {
            awaitUsage(person.cpr(), 2);
        }

        JsonObject usage = http("GET", usageOf(""), citizen(persons.get(2).cpr()), null).json();
        assertEquals(persons.get(2).cpr(), ((JsonObject) usage.get("subject")).getString("id"));
        Map<String, JsonObject> byConnector = records(usage).stream()
                .collect(Collectors.toMap(r -> r.getString("connector"), r -> r));
        JsonObject received = byConnector.get("cpr-batch");
        assertEquals("DATA_RESPONSE", received.getString("processingType"));
        assertEquals("Keeping the agency's person register up to date from the CPR extract",
                received.getString("purpose"));
        assertEquals(true, received.getBoolean("bulk"));
        assertEquals("CPR-kontoret (Det Centrale Personregister)", received.getString("sourceOrg"));
        JsonObject stored = byConnector.get("person-register");
        assertEquals("DATA_PROCESSING", stored.getString("processingType"));
        assertEquals("one flow, one correlation id", received.getString("correlationId"),
                stored.getString("correlationId"));

        HttpAnswer someoneElse = http("GET", usageOf("subject=" + persons.get(3).cpr()),
                citizen(persons.get(2).cpr()), null);
        assertEquals(403, someoneElse.status());
        assertTrue(someoneElse.body(), someoneElse.json().getString("message").contains("only your own records"));
    }

    @Test
    public void withoutCredentialsTheApiAnswers401WithAChallenge() throws Exception {
        HttpAnswer anonymous = http("GET", usageOf(""), null, null);
        assertEquals(401, anonymous.status());
        assertNotNull("WWW-Authenticate", anonymous.challenge());
        assertEquals("unauthorized", anonymous.json().getString("error"));

        HttpAnswer garbage = http("GET", usageOf(""), "Development citizen=12", null);
        assertEquals(401, garbage.status());
        assertTrue(garbage.body(), garbage.json().getString("message").contains("CPR"));
    }

    @Test
    public void badQueriesGetAJsonErrorThatSaysWhatIsAccepted() throws Exception {
        String me = citizen(SamplePersons.range(8200, 1).get(0).cpr());
        assertBadRequest(http("GET", usageOf("limit=1001"), me, null), "limit must be between 1 and 1000");
        assertBadRequest(http("GET", usageOf("processingType=SPYING"), me, null), "DATA_REQUEST");
        assertBadRequest(http("GET", usageOf("from=last-tuesday"), me, null), "neither a date");
        assertBadRequest(http("GET", BASE + "/export?format=xml", me, null), "format must be json or csv");
    }

    @Test
    public void theExportIsACompleteCopyAsJsonAndCsv() throws Exception {
        SamplePerson person = SamplePersons.range(8300, 1).get(0);
        CprBatchFile.batch("TR-2").persons(List.of(person)).writeTo(cprInbox(), "tr-2.txt");
        awaitUsage(person.cpr(), 2);

        HttpAnswer json = http("GET", BASE + "/export?format=json", citizen(person.cpr()), null);
        assertEquals(200, json.status());
        assertEquals(2, records(json.json()).size());
        HttpAnswer csv = http("GET", BASE + "/export?format=csv", citizen(person.cpr()), null);
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0], lines[0].startsWith("logTime,processingType,purpose,legalBasis"));
        assertTrue(lines[1], lines[1].contains(",cpr-batch,"));
    }

    @Test
    public void citizenDataIsNeitherCachedNorSniffedAndTheApiDescribesItselfToNoOne() throws Exception {
        SamplePerson person = SamplePersons.range(8400, 1).get(0);
        for (HttpAnswer answer : List.of(http("GET", usageOf(""), citizen(person.cpr()), null),
                http("GET", BASE + "/export?format=csv", citizen(person.cpr()), null),
                http("GET", usageOf(""), null, null), http("GET", usageOf("limit=0"), citizen(person.cpr()), null))) {
            assertEquals(answer.headers().toString(), "nosniff", answer.header("X-Content-Type-Options"));
            assertEquals(answer.headers().toString(), "no-store", answer.header("Cache-Control"));
        }
        for (String wadl : List.of(BASE + "?_wadl", BASE + "/usage?_wadl", BASE + "/auditor/verify?_wadl")) {
            HttpAnswer anonymous = http("GET", wadl, null, null);
            assertTrue(wadl + ": " + anonymous.status() + " " + anonymous.body(),
                    anonymous.status() >= 400 && !anonymous.body().contains("wadl"));
            assertTrue(wadl, !http("GET", wadl, citizen(person.cpr()), null).body().contains("<application"));
        }
    }

    @Test
    public void theProcessingActivitiesArePublicAndComeFromTheDeclarations() throws Exception {
        HttpAnswer answer = http("GET", BASE + "/processing-activities", null, null);
        assertEquals(200, answer.status());
        List<String> connectors = ((JsonArray) answer.json().get("activities")).stream()
                .map(a -> ((JsonObject) a).getString("connector")).collect(Collectors.toList());
        assertTrue(connectors.toString(), connectors.containsAll(List.of("cpr-batch", "person-register")));
        assertTrue("a connector without personal data is no processing activity",
                !connectors.contains("failed-batch-alerts"));
        HttpAnswer key = http("GET", BASE + "/signing-key", null, null);
        assertTrue(key.body(), key.body().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    private void awaitUsage(String cpr, int total) throws Exception {
        await("usage of " + cpr + " reaches " + total,
                () -> http("GET", usageOf(""), citizen(cpr), null).json().getInteger("total") == total);
    }

    private static List<JsonObject> records(JsonObject usage) {
        return ((JsonArray) usage.get("records")).stream().map(r -> (JsonObject) r).collect(Collectors.toList());
    }

    private static void assertBadRequest(HttpAnswer answer, String expected) throws Exception {
        assertEquals(answer.body(), 400, answer.status());
        assertTrue(answer.body(), answer.json().getString("message").contains(expected));
    }
}
