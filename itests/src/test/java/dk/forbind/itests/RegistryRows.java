package dk.forbind.itests;

import static org.junit.Assert.assertEquals;

/** What the transparency registry's table holds after a CPR flow, read with SQL as an auditor would. */
final class RegistryRows {
    private RegistryRows() {
    }

    /** Counts the rows a query finds. */
    interface Count {
        int of(String sql) throws Exception;
    }

    /** Exactly one data-access event per person for each connector of the CPR flow, none of them twice. */
    static void assertOneEventPerPersonAndConnector(Count rows, int persons) throws Exception {
        for (String connector : new String[] {"cpr-batch", "person-register"}) {
            String where = " FROM forbind_tr_event WHERE connector = '" + connector + "'";
            assertEquals(connector + ": one event per person", persons, rows.of("SELECT COUNT(*)" + where));
            assertEquals(connector + ": none twice", persons, rows.of("SELECT COUNT(DISTINCT correlation_id)" + where));
        }
    }
}
