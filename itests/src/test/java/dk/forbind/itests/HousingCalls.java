package dk.forbind.itests;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.Await;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.util.json.JsonObject;

/**
 * How the itests use the housing-benefit flow: the citizen API, a valid application, and the node's simulated case
 * system (its mode and what it holds).
 */
final class HousingCalls {
    static final String API = "/forbind/api/housing/v1";
    static final String SIMULATOR = "/forbind/sim/housing";
    /** Registered for Digital Post in the simulator, so decision letters reach a letterbox. */
    static final String APPLICANT = "0101901234";

    private HousingCalls() {
    }

    /** A valid application's JSON, with fields replaced or added by {@code changes} ("postalCode": "0555", ...). */
    static String application(String... changes) {
        JsonObject address = new JsonObject();
        address.put("street", "Vestergade");
        address.put("houseNumber", "12");
        address.put("floor", "2");
        address.put("door", "tv");
        address.put("postalCode", "8000");
        address.put("city", "Aarhus C");
        JsonObject form = new JsonObject();
        form.put("address", address);
        form.put("monthlyRent", 6500);
        form.put("areaSquareMetres", 68);
        form.put("adults", 1);
        form.put("children", 1);
        form.put("householdIncome", 210000);
        form.put("moveInDate", LocalDate.now().withDayOfMonth(1).toString());
        for (int i = 0; i + 1 < changes.length; i += 2) {
            (address.containsKey(changes[i]) ? address : form).put(changes[i], changes[i + 1]);
        }
        return form.toJson();
    }

    /** Switches the simulated case system: NORMAL, SLOW [ms], FAULTY or DOWN. */
    static void caseSystem(String mode) throws Exception {
        ForbindTestSupport.HttpAnswer answer = ForbindTestSupport.http("PUT", SIMULATOR + "/mode", null, mode);
        if (answer.status() != 200) {
            throw new AssertionError("the simulator refused mode " + mode + ": " + answer.body());
        }
    }

    /** The simulated case system answers as usual, and the housing connector runs again (its breaker closed). */
    static void caseSystemAnswers(ForbindTestSupport node) throws Exception {
        caseSystem("NORMAL");
        node.awaitConnector("housing-benefit", ConnectorState.RUNNING);
    }

    /** How many cases the case system holds for this application (by its id). */
    static long casesOf(String applicant, String applicationId) throws Exception {
        String cases = ForbindTestSupport.httpGet(SIMULATOR + "/applicants/" + applicant).body();
        return cases.split("\"applicationReference\":\"" + applicationId + "\"", -1).length - 1;
    }

    /** The applicant's application once it has one of these statuses, as the citizen API shows it. */
    static JsonObject awaitApplication(String id, String... statuses) throws Exception {
        return Await.until("application " + id + " " + String.join(" or ", statuses), ForbindTestSupport.TIMEOUT,
                () -> ForbindTestSupport.http("GET", API + "/applications/" + id, TransparencyCalls.citizen(APPLICANT),
                        null).json(), json -> List.of(statuses).contains(json.getString("status")));
    }
}
