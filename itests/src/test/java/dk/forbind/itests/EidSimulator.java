package dk.forbind.itests;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** A test client of the node's eID broker simulator: logs in and gets a MitID token or a NemLog-in assertion. */
final class EidSimulator {
    private EidSimulator() {
    }

    /** A MitID token (form: cpr, loa, alg, audience, issuer, lifetime_seconds, not_before_seconds, privileges). */
    static String token(Map<String, String> form) throws Exception {
        return post("/token", form).getString("access_token");
    }

    /** A signed OIOSAML 3 assertion, as XML bytes (form: cpr, cvr, loa, audience, issuer, lifetime_seconds, ...). */
    static byte[] assertion(Map<String, String> form) throws Exception {
        return Base64.getDecoder().decode(post("/saml/assertion", form).getString("assertion"));
    }

    /** A system certificate from the development agency CA (form: cvr, system): certificate, privateKey, issuer. */
    static JsonObject systemCertificate(Map<String, String> form) throws Exception {
        return post("/oces3/system-certificate", form);
    }

    private static JsonObject post(String path, Map<String, String> form) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL(ForbindTestSupport.simulator() + path).openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        http.getOutputStream().write(form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8));
        if (http.getResponseCode() != 200) {
            throw new IOException("simulator refused " + form + ": " + http.getResponseCode());
        }
        return (JsonObject) Jsoner.deserialize(new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
