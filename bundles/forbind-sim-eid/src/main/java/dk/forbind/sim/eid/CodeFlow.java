package dk.forbind.sim.eid;

import dk.forbind.api.DataSubject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The simulated broker's OpenID Connect authorization-code flow with PKCE, as a relying party's web pages use it:
 * {@code GET authorize} shows the log-in page for a valid request, {@code POST authorize} logs the test citizen in
 * and sends the browser back with a one-time code and the state, and {@code POST token}
 * ({@code grant_type=authorization_code}, client authenticated by its secret, Basic or in the form) exchanges the code
 * and its PKCE verifier for an ID token that carries the request's nonce.
 */
final class CodeFlow {
    /** The form field of the log-in page that names the persons the citizen holds a power of attorney for. */
    static final String REPRESENTS = "represents";

    private final SimulatedBroker broker;
    private final AuthorizationCodes codes = new AuthorizationCodes();
    private final String clientId;
    private final byte[] clientSecret;
    private final Set<String> redirectUris;

    CodeFlow(SimulatedBroker broker, String clientId, String clientSecret, Set<String> redirectUris) {
        this.broker = broker;
        this.clientId = clientId;
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.redirectUris = Set.copyOf(redirectUris);
    }

    /** The request, checked; throws IllegalArgumentException saying what is wrong with it. */
    AuthorizationRequest request(Function<String, String> parameters) {
        if (clientSecret.length == 0) {
            throw new IllegalArgumentException("the simulator has no client secret (oidc.client.secret in"
                    + " etc/dk.forbind.sim.eid.cfg), so it takes no log-ins through the code flow");
        }
        return AuthorizationRequest.read(parameters, clientId, redirectUris);
    }

    /** Logs the citizen of the form in: where to send the browser (the redirect URI with code and state). */
    String logIn(Function<String, String> form, Instant now) {
        AuthorizationRequest request = request(form);
        Function<String, String> citizen = name -> switch (name) {
            case "cpr", "loa", "name" -> form.apply(name);
            case "privileges" -> privileges(form.apply(REPRESENTS));
            default -> null;
        };
        String code = codes.issue(request, TokenRequestForm.read(citizen, broker.issuer(), clientId), now);
        return request.redirectUri() + (request.redirectUri().contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(request.state(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The token response for a code.
     *
     * @throws SecurityException         the client did not authenticate ({@code invalid_client})
     * @throws IllegalArgumentException  the code is not good ({@code invalid_grant})
     */
    String token(Function<String, String> form, String authorization, Instant now) {
        String[] client = client(form, authorization);
        if (!clientId.equals(client[0]) || clientSecret.length == 0
                || !MessageDigest.isEqual(clientSecret, client[1].getBytes(StandardCharsets.UTF_8))) {
            throw new SecurityException("client authentication failed");
        }
        AuthorizationCodes.Grant grant = codes.redeem(form.apply("code"), client[0], form.apply("redirect_uri"),
                form.apply("code_verifier"), now);
        String idToken = broker.issue(grant.citizen(), grant.request().nonce(), now);
        return SimPages.tokenResponse(idToken);
    }

    /** Client id and secret: from HTTP Basic (form-encoded parts, RFC 6749 2.3.1) or the form. */
    private static String[] client(Function<String, String> form, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon > 0) {
                return new String[] {URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)};
            }
        }
        String id = form.apply("client_id");
        String secret = form.apply("client_secret");
        return new String[] {id == null ? "" : id, secret == null ? "" : secret};
    }

    /** The OIO Basic Privilege Profile (base64) of powers of attorney for these CPR numbers; null for none. */
    static String privileges(String represents) {
        if (represents == null || represents.isBlank()) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (String cpr : represents.split("[,;\\s]+")) {
            if (!cpr.isBlank()) {
                groups.add("<PrivilegeGroup Scope=\"urn:dk:gov:saml:cprNumberIdentifier:" + DataSubject.cpr(cpr).id()
                        + "\"><Privilege>urn:dk:forbind:privilege:transparency:read</Privilege></PrivilegeGroup>");
            }
        }
        String xml = "<bpp:PrivilegeList xmlns:bpp=\"http://itst.dk/oiosaml/basic_privilege_profile\">"
                + String.join("", groups) + "</bpp:PrivilegeList>";
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}
