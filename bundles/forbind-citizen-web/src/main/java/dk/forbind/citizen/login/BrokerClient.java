package dk.forbind.citizen.login;

import dk.forbind.api.auth.ProviderUrl;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Forbind's side of the broker's OpenID Connect authorization-code flow: the broker's endpoints from its metadata
 * ({@code <issuer>/.well-known/openid-configuration}, read once and kept), the authentication request the browser is
 * sent to, and the exchange of the code (with the PKCE verifier, the client authenticated by HTTP Basic) for the ID
 * token. The broker is reached over https only — plain http only on this machine, for the simulator
 * ({@link ProviderUrl}).
 */
public final class BrokerClient {
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final Duration timeout;
    private final HttpClient http;
    private volatile Endpoints endpoints;

    /** Where the browser logs in, and where Forbind redeems the code. */
    record Endpoints(URI authorization, URI token) {
    }

    public BrokerClient(String issuer, String clientId, String clientSecret, String redirectUri, Duration timeout) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The broker's log-in page for this attempt. */
    public URI authenticationRequest(LoginAttempt attempt) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", attempt.state());
        query.put("nonce", attempt.nonce());
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        URI authorization = endpoints().authorization();
        return URI.create(authorization + (authorization.getQuery() == null ? "?" : "&") + form(query));
    }

    /** The ID token the broker gives for the code of this attempt. */
    public String idToken(String code, LoginAttempt attempt) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", attempt.verifier());
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoints().token()).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject answer = json(send(request), "token response");
        String idToken = answer.getString("id_token");
        if (idToken == null) {
            throw new IOException("the broker refused the code: " + answer.getString("error") + " "
                    + answer.getString("error_description"));
        }
        return idToken;
    }

    private Endpoints endpoints() throws IOException {
        Endpoints known = endpoints;
        if (known == null) {
            URI metadata = checked(issuer + "/.well-known/openid-configuration", "metadata");
            JsonObject discovered = json(send(HttpRequest.newBuilder(metadata).timeout(timeout)
                    .header("Accept", "application/json").GET().build()), "metadata");
            if (!issuer.equals(discovered.getString("issuer"))) {
                throw new IOException("the broker's metadata names issuer " + discovered.getString("issuer")
                        + ", not " + issuer);
            }
            known = new Endpoints(checked(discovered.getString("authorization_endpoint"), "authorization_endpoint"),
                    checked(discovered.getString("token_endpoint"), "token_endpoint"));
            endpoints = known;
        }
        return known;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the broker answered", e);
        }
    }

    private static JsonObject json(HttpResponse<String> response, String what) throws IOException {
        try {
            if (Jsoner.deserialize(response.body()) instanceof JsonObject object) {
                return object;
            }
        } catch (DeserializationException e) {
            // reported below
        }
        throw new IOException("the broker's " + what + " is not a JSON object (HTTP " + response.statusCode() + ")");
    }

    private static URI checked(String url, String what) throws IOException {
        if (url == null) {
            throw new IOException("the broker's metadata lacks its " + what);
        }
        return ProviderUrl.checked(url, "broker's " + what);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
