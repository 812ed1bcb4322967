package dk.forbind.sim.eid;

import dk.forbind.api.JsonText;

/** The simulator's documents: discovery, token response, errors and the login pages. */
final class SimPages {
    private SimPages() {
    }

    static String discovery(String issuer) {
        return "{\"issuer\":" + json(issuer)
                + ",\"jwks_uri\":" + json(issuer + "/jwks")
                + ",\"token_endpoint\":" + json(issuer + "/token")
                + ",\"authorization_endpoint\":" + json(issuer + "/authorize")
                + ",\"response_types_supported\":[\"code\"]"
                + ",\"grant_types_supported\":[\"authorization_code\"]"
                + ",\"code_challenge_methods_supported\":[\"S256\"]"
                + ",\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]"
                + ",\"scopes_supported\":[\"openid\"]"
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
        return error("invalid_request", message);
    }

    static String error(String code, String message) {
        return "{\"error\":" + json(code) + ",\"error_description\":" + json(message) + "}";
    }

    /** The log-in page of the code flow: the request travels on in hidden fields, checked again when posted. */
    static String authorizeForm(AuthorizationRequest request) {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>MitID-simulator: log ind</title></head><body><main>"
                + "<h1>MitID-simulator (kun til udvikling og test)</h1>"
                + "<p>Log ind som en testborger. Ingen rigtig MitID bruges.</p>"
                + "<form method=\"post\" action=\"authorize\">"
                + hidden("response_type", "code") + hidden("scope", "openid")
                + hidden("client_id", request.clientId()) + hidden("redirect_uri", request.redirectUri())
                + hidden("state", request.state()) + hidden("nonce", request.nonce())
                + hidden("code_challenge", request.codeChallenge()) + hidden("code_challenge_method", "S256")
                + "<p><label for=\"cpr\">CPR-nummer</label> <input id=\"cpr\" name=\"cpr\" inputmode=\"numeric\""
                + " pattern=\"[0-9]{10}\" required autocomplete=\"off\"></p>"
                + "<p><label for=\"name\">Navn</label> <input id=\"name\" name=\"name\"></p>"
                + "<p><label for=\"loa\">Sikringsniveau</label> <select id=\"loa\" name=\"loa\"><option>Low</option>"
                + "<option selected>Substantial</option><option>High</option></select></p>"
                + "<p><label for=\"represents\">Fuldmagt til at se data for (CPR-numre, adskilt af komma)</label>"
                + " <input id=\"represents\" name=\"" + CodeFlow.REPRESENTS + "\"></p>"
                + "<p><button type=\"submit\">Log ind</button></p></form></main></body></html>";
    }

    static String refusedLogin(String reason) {
        return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>MitID-simulator</title></head>"
                + "<body><main><h1>Log-in afvist</h1><p>" + html(reason) + "</p></main></body></html>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + html(value) + "\">";
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
        return JsonText.quote(text);
    }
}
