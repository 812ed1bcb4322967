package dk.forbind.itests;

import dk.forbind.api.ForbindHeaders;
import java.util.HashMap;
import java.util.Map;

/**
 * A route-file connector of the kind an agency deploys for covert fraud control: it looks citizens
 * up on messages from its queue. Its declaration makes every lookup a data-access event.
 */
final class FraudControlRoute {
    static final String ID = "itest-fraud-control";
    static final String QUEUE = "forbind." + ID + ".in";
    static final String DECLARATION = "id = " + ID + "\nagency = 29190623\nhandles.data.subjects = true\n"
            + "purpose = Control of social benefit fraud\nlegal.basis = Retssikkerhedsloven § 12\n"
            + "data.categories = CPR number, income\nretention = 5 years\nprocessing.type = DATA_REQUEST\n";
    static final String ROUTE = "  <route id=\"" + ID + "\">\n"
            + "    <from uri=\"jms:queue:" + QUEUE + "\"/>\n"
            + "    <log message=\"looked up ${header.ForbindCaseId}\"/>\n"
            + "  </route>\n";

    private FraudControlRoute() {
    }

    /** The properties of a lookup about {@code cpr}; hidden from the citizen when {@code hiddenUntil} is set. */
    static Map<String, String> lookup(String cpr, String caseId, String hiddenUntil) {
        Map<String, String> properties = new HashMap<>(Map.of(ForbindHeaders.SUBJECT_TYPE, "CPR",
                ForbindHeaders.SUBJECT_ID, cpr, ForbindHeaders.CASE_ID, caseId));
        if (hiddenUntil != null) {
            properties.put(ForbindHeaders.HIDDEN_UNTIL, hiddenUntil);
            properties.put(ForbindHeaders.HIDDEN_REASON, "Covert investigation (retsplejeloven § 799)");
        }
        return properties;
    }
}
