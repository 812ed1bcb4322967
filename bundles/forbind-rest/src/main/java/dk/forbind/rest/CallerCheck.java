package dk.forbind.rest;

import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.AuthorizationHeader;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who is calling an API, and whether at a high enough level: the {@link ApiAuthenticator} of the
 * scheme in the {@code Authorization} header authenticates (401 otherwise, naming the schemes the
 * node accepts, {@code Bearer} first); the principal's NSIS level must reach the API's minimum (403).
 */
public final class CallerCheck {
    private final Supplier<List<ApiAuthenticator>> authenticators;
    private final NsisLevel minimum;

    public CallerCheck(Supplier<List<ApiAuthenticator>> authenticators, NsisLevel minimum) {
        this.authenticators = authenticators;
        this.minimum = minimum;
    }

    /** @throws ApiError 401 or 403, with the reason */
    public ForbindPrincipal caller(Function<String, String> header) {
        return caller(header, List.of());
    }

    /**
     * The caller of a request with these headers and this TLS client certificate chain (empty when none): the
     * {@code Authorization} header's scheme chooses the authenticator; without one, a presented certificate goes
     * to the client-certificate authenticator.
     *
     * @throws ApiError 401 or 403, with the reason
     */
    public ForbindPrincipal caller(Function<String, String> header, List<X509Certificate> clientCertificates) {
        List<ApiAuthenticator> installed = authenticators.get().stream()
                .sorted(Comparator.comparing((ApiAuthenticator a) -> !"Bearer".equalsIgnoreCase(a.scheme()))
                        .thenComparing(ApiAuthenticator::scheme))
                .toList();
        if (installed.isEmpty()) {
            throw ApiError.unauthorized("Bearer", "no authentication is configured on this node, so no one can"
                    + " be let in; install the eID capability (forbind-eid with etc/dk.forbind.eid.cfg)");
        }
        String scheme = AuthorizationHeader.parse(header.apply("Authorization")).map(AuthorizationHeader::scheme)
                .orElse(clientCertificates.isEmpty() ? "" : ApiAuthenticator.CLIENT_CERTIFICATE);
        ApiAuthenticator chosen = installed.stream().filter(a -> a.scheme().equalsIgnoreCase(scheme)).findFirst()
                .orElse(null);
        if (chosen == null) {
            throw ApiError.unauthorized(installed.get(0).scheme(), refusal(scheme, installed));
        }
        ForbindPrincipal principal;
        try {
            principal = chosen.authenticate(header, clientCertificates);
        } catch (AuthenticationFailure e) {
            throw ApiError.unauthorized(e.scheme(), e.getMessage());
        }
        if (!principal.loa().atLeast(minimum)) {
            throw ApiError.forbidden("level of assurance " + principal.loa().label() + " is too low; at least "
                    + minimum.label() + " is required");
        }
        return principal;
    }

    /** Why no installed authenticator takes the request, naming what the node accepts. */
    private static String refusal(String scheme, List<ApiAuthenticator> installed) {
        String headers = installed.stream().map(ApiAuthenticator::scheme)
                .filter(s -> !s.equals(ApiAuthenticator.CLIENT_CERTIFICATE)).collect(Collectors.joining(" or "));
        boolean certificates = installed.stream().anyMatch(a -> a.scheme().equals(ApiAuthenticator.CLIENT_CERTIFICATE));
        String accepted = (headers.isEmpty() ? "" : "an Authorization header (" + headers + ")")
                + (certificates ? (headers.isEmpty() ? "" : " or ") + "a client certificate" : "");
        if (scheme.isEmpty()) {
            return "no credentials: send " + accepted;
        }
        if (scheme.equals(ApiAuthenticator.CLIENT_CERTIFICATE)) {
            return "this node does not accept client certificates; send " + accepted;
        }
        return "unsupported authentication scheme '" + scheme + "'; send " + accepted;
    }
}
