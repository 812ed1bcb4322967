package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.AUDITOR;
import static dk.forbind.itests.TransparencyCalls.BASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.camel.util.json.JsonObject;
import org.junit.Test;

/** Someone with database access changes, then deletes, a registry record; both are caught and named. */
public class TransparencyTamperIT extends ForbindTestSupport {

    @Test
    public void changedAndDeletedRecordsAreDetectedByTheShellAndTheAuditorEndpoint() throws Exception {
        deployRouteFile(FraudControlRoute.ID, FraudControlRoute.DECLARATION, FraudControlRoute.ROUTE);
        awaitConnector(FraudControlRoute.ID, ConnectorState.RUNNING);
        for (int i = 0; i < 6; i++) {
            sendText(FraudControlRoute.QUEUE, "lookup", FraudControlRoute.lookup("2212901234", "tamper-" + i, null));
        }
        await("six records stored", () -> count("SELECT COUNT(*) FROM forbind_tr_event") >= 6);
        assertTrue(executeCommand("forbind:transparency-verify").startsWith("OK: "));

        long seq = count("SELECT MIN(seq) FROM forbind_tr_event") + 2;
        String purpose = value("SELECT purpose FROM forbind_tr_event WHERE seq = " + seq);
        update("UPDATE forbind_tr_event SET purpose = 'Statistics' WHERE seq = " + seq);
        String shell = executeCommand("forbind:transparency-verify");
        assertTrue(shell, shell.startsWith("BROKEN at seq " + seq + " "));
        assertTrue(shell, shell.contains("content was changed"));
        JsonObject auditor = http("GET", BASE + "/auditor/verify", AUDITOR, null).json();
        assertEquals(false, auditor.getBoolean("ok"));
        assertEquals(seq, auditor.getLong("brokenSeq").longValue());

        update("UPDATE forbind_tr_event SET purpose = '" + purpose.replace("'", "''") + "' WHERE seq = " + seq);
        assertTrue(executeCommand("forbind:transparency-verify").startsWith("OK: "));

        update("DELETE FROM forbind_tr_event WHERE seq = " + (seq + 1));
        String deleted = executeCommand("forbind:transparency-verify");
        assertTrue(deleted, deleted.startsWith("BROKEN at seq " + (seq + 1) + ": record missing"));
        assertEquals(403, http("GET", BASE + "/auditor/verify", TransparencyCalls.citizen("2212901234"), null)
                .status());
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(value(sql));
    }

    private String value(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException tableNotThereYet) {
            return "0";
        }
    }

    private void update(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
