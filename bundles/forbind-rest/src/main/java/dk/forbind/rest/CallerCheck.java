package dk.forbind.rest;

import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import dk.forbind.api.auth.AuthorizationHeader;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
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
        List<ApiAuthenticator> installed = authenticators.get().stream()
                .sorted(Comparator.comparing((ApiAuthenticator a) -> !"Bearer".equalsIgnoreCase(a.scheme()))
                        .thenComparing(ApiAuthenticator::scheme))
                .toList();
        if (installed.isEmpty()) {
            throw ApiError.unauthorized("Bearer", "no authentication is configured on this node, so no one can"
                    + " be let in; install the eID capability (forbind-eid with etc/dk.forbind.eid.cfg)");
        }
        String scheme = AuthorizationHeader.parse(header.apply("Authorization")).map(AuthorizationHeader::scheme)
                .orElse("");
        ApiAuthenticator chosen = installed.stream().filter(a -> a.scheme().equalsIgnoreCase(scheme)).findFirst()
                .orElse(null);
        if (chosen == null) {
            String schemes = installed.stream().map(ApiAuthenticator::scheme).collect(Collectors.joining(" or "));
            throw ApiError.unauthorized(installed.get(0).scheme(), scheme.isEmpty()
                    ? "no credentials: send an Authorization header (" + schemes + ")"
                    : "unsupported authentication scheme '" + scheme + "'; use " + schemes);
        }
        ForbindPrincipal principal;
        try {
            principal = chosen.authenticate(header);
        } catch (AuthenticationFailure e) {
            throw ApiError.unauthorized(e.scheme(), e.getMessage());
        }
        if (!principal.loa().atLeast(minimum)) {
            throw ApiError.forbidden("level of assurance " + principal.loa().label() + " is too low; at least "
                    + minimum.label() + " is required");
        }
        return principal;
    }
}
