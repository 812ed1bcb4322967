package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.AUDITOR;
import static dk.forbind.itests.TransparencyCalls.BASE;
import static dk.forbind.itests.TransparencyCalls.citizen;
import static dk.forbind.itests.TransparencyCalls.usageOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

/** A covert lookup stays out of the citizen's view until an auditor discloses it. */
public class TransparencyHiddenRecordsScenario extends ForbindTestSupport {
    private static final String CPR = "1111851234";

    @Test
    public void aHiddenRecordStaysHiddenUntilAnAuditorDisclosesIt() throws Exception {
        deployRouteFile(FraudControlRoute.ID, FraudControlRoute.DECLARATION, FraudControlRoute.ROUTE);
        awaitConnector(FraudControlRoute.ID, ConnectorState.RUNNING);
        String hiddenUntil = Instant.now().plus(Duration.ofDays(90)).toString();
        sendText(FraudControlRoute.QUEUE, "lookup", FraudControlRoute.lookup(CPR, "open-1", null));
        sendText(FraudControlRoute.QUEUE, "lookup", FraudControlRoute.lookup(CPR, "covert-1", hiddenUntil));
        await("both lookups recorded", () -> recordsAbout("open-1") + recordsAbout("covert-1") == 2);

        HttpAnswer before = http("GET", usageOf(""), citizen(CPR), null);
        assertEquals(1, before.json().getInteger("total").intValue());
        assertTrue(before.body(), before.body().contains("open-1") && !before.body().contains("covert-1"));

        String eventId = eventIdOf("covert-1");
        String disclose = BASE + "/auditor/disclose/" + eventId;
        assertEquals(403, http("POST", disclose, citizen(CPR), "{\"reason\":\"I want to see it\"}").status());
        assertEquals(400, http("POST", disclose, AUDITOR, "{}").status());
        assertEquals(404, http("POST", BASE + "/auditor/disclose/no-such-event", AUDITOR,
                "{\"reason\":\"x\"}").status());
        HttpAnswer disclosed = http("POST", disclose, AUDITOR, "{\"reason\":\"Investigation closed\"}");
        assertEquals(disclosed.body(), 200, disclosed.status());
        assertEquals("DISCLOSED", disclosed.json().getString("outcome"));

        HttpAnswer after = http("GET", usageOf(""), citizen(CPR), null);
        assertEquals(2, after.json().getInteger("total").intValue());
        assertTrue(after.body(), after.body().contains("covert-1") && after.body().contains("retsplejeloven"));
        assertEquals(409, http("POST", BASE + "/auditor/disclose/" + eventIdOf("open-1"), AUDITOR,
                "{\"reason\":\"x\"}").status());
    }

    private int recordsAbout(String caseId) throws Exception {
        return eventIdOf(caseId) == null ? 0 : 1;
    }

    private String eventIdOf(String caseId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT event_id FROM forbind_tr_event WHERE case_id = ?")) {
            query.setString(1, caseId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException tableNotThereYet) {
            return null;
        }
    }
}
