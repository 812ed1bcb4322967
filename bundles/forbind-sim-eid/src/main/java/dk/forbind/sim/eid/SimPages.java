package dk.forbind.sim.eid;

/** The simulator's documents: discovery, token response, errors and the login pages. */
final class SimPages {
    private SimPages() {
    }

    static String discovery(String issuer) {
        return "{\"issuer\":" + json(issuer)
                + ",\"jwks_uri\":" + json(issuer + "/jwks")
                + ",\"token_endpoint\":" + json(issuer + "/token")
                + ",\"authorization_endpoint\":" + json(issuer + "/login")
                + ",\"response_types_supported\":[\"token\"]"
                + ",\"subject_types_supported\":[\"public\"]"
                + ",\"id_token_signing_alg_values_supported\":[\"RS256\",\"PS256\",\"ES256\"]"
                + ",\"claims_supported\":[\"dk.cpr\",\"mitid.uuid\",\"name\",\"loa\",\"idp\","
                + "\"privilegesIntermediate\"]}";
    }

    static String tokenResponse(String token) {
        return "{\"access_token\":" + json(token) + ",\"id_token\":" + json(token)
                + ",\"token_type\":\"Bearer\"}";
    }

    static String error(String message) {
        return "{\"error\":\"invalid_request\",\"error_description\":" + json(message) + "}";
    }

    static String loginForm() {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>MitID-simulator</title></head>"
                + "<body><h1>MitID-simulator (kun til udvikling og test)</h1>"
                + "<form method=\"post\" action=\"login\">"
                + "<label>CPR-nummer <input name=\"cpr\" pattern=\"[0-9]{10}\" required></label><br>"
                + "<label>Sikringsniveau <select name=\"loa\"><option>Low</option>"
                + "<option selected>Substantial</option><option>High</option></select></label><br>"
                + "<label>Navn <input name=\"name\"></label><br>"
                + "<button type=\"submit\">Log ind</button></form></body></html>";
    }

    static String loggedIn(String token) {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>MitID-simulator</title></head>"
                + "<body><h1>Logget ind</h1><p>Token (Bearer):</p><textarea rows=\"8\" cols=\"100\" readonly>"
                + html(token) + "</textarea><p>Prøv: <code>curl -H 'Authorization: Bearer &lt;token&gt;'"
                + " http://localhost:8181/forbind/api/transparency/v1/usage</code></p></body></html>";
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
