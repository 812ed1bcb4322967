package dk.forbind.sim.eid;

import java.net.URI;
import java.util.Set;
import java.util.function.Function;

/**
 * An OpenID Connect authentication request of the authorization-code flow with PKCE, as a relying party sends the
 * browser to {@code authorize}: {@code response_type=code}, {@code client_id}, a registered {@code redirect_uri},
 * {@code scope} with {@code openid}, {@code state}, {@code nonce}, and {@code code_challenge} with
 * {@code code_challenge_method=S256} (plain is refused).
 */
record AuthorizationRequest(String clientId, String redirectUri, String state, String nonce, String codeChallenge) {

    /**
     * @param clientId     the one client the simulator knows
     * @param redirectUris where it may send the browser back to
     * @throws IllegalArgumentException naming what is wrong (shown on the simulator's page, not redirected: the
     *                                  redirect target itself may be what is wrong)
     */
    static AuthorizationRequest read(Function<String, String> parameters, String clientId, Set<String> redirectUris) {
        String redirect = required(parameters, "redirect_uri");
        if (!redirectUris.contains(redirect)) {
            throw new IllegalArgumentException("redirect_uri " + redirect + " is not registered; registered: "
                    + redirectUris);
        }
        URI.create(redirect);
        if (!clientId.equals(required(parameters, "client_id"))) {
            throw new IllegalArgumentException("unknown client_id " + parameters.apply("client_id"));
        }
        if (!"code".equals(required(parameters, "response_type"))) {
            throw new IllegalArgumentException("response_type must be code (the authorization-code flow)");
        }
        if (!(" " + required(parameters, "scope") + " ").contains(" openid ")) {
            throw new IllegalArgumentException("scope must include openid");
        }
        if (!"S256".equals(parameters.apply("code_challenge_method"))) {
            throw new IllegalArgumentException("code_challenge_method must be S256 (PKCE)");
        }
        String challenge = required(parameters, "code_challenge");
        if (!challenge.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("code_challenge must be a base64url SHA-256 (43 characters)");
        }
        return new AuthorizationRequest(clientId, redirect, required(parameters, "state"),
                required(parameters, "nonce"), challenge);
    }

    private static String required(Function<String, String> parameters, String name) {
        String value = parameters.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > 512) {
            throw new IllegalArgumentException(name + " is longer than 512 characters");
        }
        return value;
    }
}
