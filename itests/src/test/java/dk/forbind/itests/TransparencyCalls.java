package dk.forbind.itests;

/**
 * How the itests call the transparency API (its base path), and the development credentials every citizen API
 * takes.
 */
final class TransparencyCalls {
    static final String BASE = "/forbind/api/transparency/v1";
    static final String AUDITOR = "Development auditor=itest-auditor";

    private TransparencyCalls() {
    }

    static String citizen(String cpr) {
        return "Development citizen=" + cpr;
    }

    static String usageOf(String query) {
        return BASE + "/usage" + (query.isEmpty() ? "" : "?" + query);
    }
}
