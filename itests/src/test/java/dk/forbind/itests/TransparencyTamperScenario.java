package dk.forbind.itests;

import static dk.forbind.itests.TransparencyCalls.AUDITOR;
import static dk.forbind.itests.TransparencyCalls.BASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.util.json.JsonObject;
import org.junit.Test;

/**
 * Someone with database access changes, then deletes, a registry record; both are caught and named. The scenario
 * puts both back as they were, so the node it shares with other scenarios keeps a whole chain.
 */
public class TransparencyTamperScenario extends ForbindTestSupport {

    @Test
    public void changedAndDeletedRecordsAreDetectedByTheShellAndTheAuditorEndpoint() throws Exception {
        deployRouteFile(FraudControlRoute.ID, FraudControlRoute.DECLARATION, FraudControlRoute.ROUTE);
        awaitConnector(FraudControlRoute.ID, ConnectorState.RUNNING);
        for (int i = 0; i < 6; i++) {
            sendText(FraudControlRoute.QUEUE, "lookup", FraudControlRoute.lookup("2212901234", "tamper-" + i, null));
        }
        await("this scenario's six records stored",
                () -> count("SELECT COUNT(*) FROM forbind_tr_event WHERE case_id LIKE 'tamper-%'") == 6);
        String intact = executeCommand("forbind:transparency-verify");
        assertTrue(intact, intact.startsWith("OK: "));

        long seq = count("SELECT MIN(seq) FROM forbind_tr_event WHERE case_id LIKE 'tamper-%'") + 2;
        String purpose = value("SELECT purpose FROM forbind_tr_event WHERE seq = " + seq);
        update("UPDATE forbind_tr_event SET purpose = 'Statistics' WHERE seq = " + seq);
        String shell = executeCommand("forbind:transparency-verify");
        assertTrue(shell, shell.startsWith("BROKEN at seq " + seq + " "));
        assertTrue(shell, shell.contains("content was changed"));
        JsonObject auditor = http("GET", BASE + "/auditor/verify", AUDITOR, null).json();
        assertEquals(false, auditor.getBoolean("ok"));
        assertEquals(seq, auditor.getLong("brokenSeq").longValue());

        update("UPDATE forbind_tr_event SET purpose = '" + purpose.replace("'", "''") + "' WHERE seq = " + seq);
        String restored = executeCommand("forbind:transparency-verify");
        assertTrue(restored, restored.startsWith("OK: "));

        Map<String, Object> row = row(seq + 1);
        update("DELETE FROM forbind_tr_event WHERE seq = " + (seq + 1));
        String deleted = executeCommand("forbind:transparency-verify");
        assertTrue(deleted, deleted.startsWith("BROKEN at seq " + (seq + 1) + ": record missing"));
        assertEquals(403, http("GET", BASE + "/auditor/verify", TransparencyCalls.citizen("2212901234"), null)
                .status());

        insert(row);
        String whole = executeCommand("forbind:transparency-verify");
        assertTrue("the record put back as it was, the chain is whole again: " + whole, whole.startsWith("OK: "));
    }

    /** Every column of one record, to put it back after the scenario deleted it. */
    private Map<String, Object> row(long seq) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT * FROM forbind_tr_event WHERE seq = " + seq)) {
            assertTrue("record " + seq + " exists", row.next());
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
            }
            return columns;
        }
    }

    private void insert(Map<String, Object> row) throws Exception {
        String sql = "INSERT INTO forbind_tr_event (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
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
