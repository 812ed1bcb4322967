package dk.forbind.itests;

import static dk.forbind.itests.HousingCalls.API;
import static dk.forbind.itests.HousingCalls.APPLICANT;
import static dk.forbind.itests.HousingCalls.application;
import static dk.forbind.itests.HousingCalls.awaitApplication;
import static dk.forbind.itests.TransparencyCalls.citizen;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.TestIdentityProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A citizen asks what the authorities hold about them: the person register's row, the letters Digital Post carried to
 * them and their housing-benefit cases from the legacy case system — each look-up recorded as the citizen's own
 * request; a source that is down or slow is "not available now" while the rest still shows, and no one sees another
 * citizen's data unless they hold a power of attorney for them.
 */
public class OverviewScenario extends ForbindTestSupport {
    private static final String HOLDINGS = "/forbind/api/overview/v1/holdings";
    private static final String OWN_INSIGHT = "Mit overblik";

    @Before
    @After
    public void caseSystemAnswers() throws Exception {
        HousingCalls.caseSystemAnswers(this);
    }

    @Test
    public void aCitizenSeesWhatEachSourceHoldsAndEveryLookUpIsRecordedAsTheirOwnRequest() throws Exception {
        sendText("forbind.person-register.in", new PersonRecord(APPLICANT, "Overblik", "Borgersen", "Vestergade 12",
                "8000", "Aarhus C").toJson());
        await("the person stored", () -> storedSurname(APPLICANT).filter("Borgersen"::equals).isPresent());
        String caseId = awaitApplication(http("POST", API + "/applications", citizen(APPLICANT), application()).json()
                .getString("applicationId"), "NOTIFIED").getString("caseId");
        Instant asked = Instant.now().minusMillis(1);

        HttpAnswer answer = http("GET", HOLDINGS, citizen(APPLICANT), null);

        assertEquals(answer.body(), 200, answer.status());
        JsonObject overview = answer.json();
        assertEquals(Boolean.FALSE, overview.getBoolean("partial"));
        assertEquals(APPLICANT, ((JsonObject) overview.get("subject")).getString("id"));
        assertTrue(source(overview, "person-register").toJson().contains("Borgersen"));
        assertTrue(source(overview, "housing-benefit").toJson().contains(caseId));
        assertTrue("the decision letter, by its title, without its content",
                source(overview, "digital-post").toJson().contains("Afgørelse"));
        for (String connector : new String[] {"person-register", "digital-post", "housing-benefit"}) {
            assertEquals(connector, "ANSWERED", source(overview, connector).getString("status"));
            assertTrue(connector, source(overview, connector).getLong("millis") >= 0);
        }
        await("each source's look-up recorded once for the citizen as their own request",
                () -> ownInsightRecords(APPLICANT, asked).equals(List.of("digital-post", "housing-benefit",
                        "person-register")));
    }

    @Test
    public void aSourceThatIsSlowOrDownIsNotAvailableNowWhileTheRestShows() throws Exception {
        HousingCalls.caseSystem("SLOW 1800"); // the node waits 1 s for a source, its case system client 2 s
        long began = System.nanoTime();
        JsonObject slow = http("GET", HOLDINGS, citizen(APPLICANT), null).json();
        long tookMs = (System.nanoTime() - began) / 1_000_000;
        assertEquals(slow.toJson(), "TIMED_OUT", source(slow, "housing-benefit").getString("status"));
        assertEquals("ANSWERED", source(slow, "digital-post").getString("status"));
        assertTrue("the answer did not wait for the slow source: " + tookMs + " ms", tookMs < 1_700);

        HousingCalls.caseSystem("DOWN");
        JsonObject down = http("GET", HOLDINGS, citizen(APPLICANT), null).json();
        assertEquals(Boolean.TRUE, down.getBoolean("partial"));
        assertEquals(down.toJson(), "UNAVAILABLE", source(down, "housing-benefit").getString("status"));
        assertNull("nothing shown for it", source(down, "housing-benefit").get("items"));
        assertEquals("ANSWERED", source(down, "person-register").getString("status"));
    }

    @Test
    public void noOneSeesAnotherCitizensDataButARepresentativeSeesWhomTheyRepresent() throws Exception {
        String stranger = "0202804321";
        JsonObject own = http("GET", HOLDINGS, citizen(stranger), null).json();
        assertFalse(own.toJson(), own.toJson().contains("Borgersen"));
        assertEquals(0, ((JsonArray) source(own, "person-register").get("items")).size());

        HttpAnswer refused = http("GET", HOLDINGS + "?subject=" + APPLICANT, citizen(stranger), null);
        assertEquals(refused.body(), 403, refused.status());

        String attorney = EidSimulator.token(Map.of("cpr", stranger, "privileges", TestIdentityProvider.privileges(
                "urn:dk:gov:saml:cprNumberIdentifier:" + APPLICANT, "urn:dk:forbind:privilege:transparency:read")));
        HttpAnswer represented = http("GET", HOLDINGS + "?subject=" + APPLICANT, "Bearer " + attorney, null);
        assertEquals(represented.body(), 200, represented.status());
        assertEquals(APPLICANT, ((JsonObject) represented.json().get("subject")).getString("id"));
    }

    @Test
    public void aRouteFileConnectorOffersItsLookUpByDeclaringIt() throws Exception {
        String id = "itest-case-register";
        deployRouteFile(id, "id = " + id + "\nagency = 29190623\nhandles.data.subjects = true\n"
                + "purpose = Case handling\nlegal.basis = GDPR art. 6(1)(e)\ndata.categories = CPR number, cases\n"
                + "retention = 5 years\nsubject.lookup.title = Sagsregister\nsubject.lookup.title.en = Case register\n",
                "  <route id=\"" + id + "-holdings\">\n    <from uri=\"direct:subject-lookup\"/>\n"
                + "    <setBody><simple>{\"items\":[{\"heading\":\"Sag\",\"fields\":[{\"label\":{\"da\":\"CPR-nummer\","
                + "\"en\":\"CPR number\"},\"value\":\"${header.ForbindSubjectId}\"}]}]}</simple></setBody>\n"
                + "  </route>\n");
        awaitConnector(id, ConnectorState.RUNNING);
        try {
            JsonObject answer = http("GET", HOLDINGS, citizen(APPLICANT), null).json();
            JsonObject register = source(answer, id);
            assertEquals(register.toJson(), "ANSWERED", register.getString("status"));
            assertEquals("Case register", ((JsonObject) register.get("title")).getString("en"));
            assertTrue(register.toJson(), register.toJson().contains("\"da\":\"" + APPLICANT + "\""));
            await("its look-up recorded as the citizen's own request", () -> countRows("SELECT COUNT(*) FROM"
                    + " forbind_tr_event WHERE connector = '" + id + "' AND purpose LIKE '%" + OWN_INSIGHT
                    + "%'") == 1);
        } finally {
            Files.delete(Path.of(System.getProperty("karaf.base"), "routes", id + ".xml"));
        }
    }

    private static JsonObject source(JsonObject overview, String connector) {
        return ((JsonArray) overview.get("sources")).stream().map(JsonObject.class::cast)
                .filter(s -> connector.equals(s.getString("connector"))).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + connector + " in " + overview.toJson()));
    }

    /** The connectors of the citizen's usage records since {@code from} that their own overview look-ups made. */
    private static List<String> ownInsightRecords(String cpr, Instant from) throws Exception {
        JsonArray records = (JsonArray) http("GET", TransparencyCalls.usageOf("limit=500&from=" + from), citizen(cpr),
                null).json().get("records");
        return records.stream().map(JsonObject.class::cast).filter(r -> r.getString("purpose").contains(OWN_INSIGHT)
                && "DATA_REQUEST".equals(r.getString("processingType"))).map(r -> r.getString("connector")).sorted()
                .toList();
    }
}
