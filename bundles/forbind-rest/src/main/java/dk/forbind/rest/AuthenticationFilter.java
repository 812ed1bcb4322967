package dk.forbind.rest;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.AuthorizationHeader;
import dk.forbind.api.auth.ForbindPrincipal;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Put in front of every Forbind REST API: authenticates each request to a resource not marked
 * {@link Public} with {@link CallerCheck} (eID, the API's minimum NSIS level) and answers 401 with
 * {@code WWW-Authenticate} or 403, as JSON, before any resource code runs. The reason is logged.
 * Resources read the caller with {@link Callers#of}.
 */
@Provider
public final class AuthenticationFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);
    /** The servlet request attribute that holds the TLS client certificate chain. */
    private static final String CLIENT_CERTIFICATES = "javax.servlet.request.X509Certificate";

    private final String api;
    private final CallerCheck check;
    private final AgencyGrantCheck grants;

    @Context
    private ResourceInfo resource;
    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(String api, CallerCheck check, AgencyGrantCheck grants) {
        this.api = api;
        this.check = check;
        this.grants = grants;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        try {
            ForbindPrincipal caller = check.caller(request::getHeaderString, clientCertificates());
            grants.check(caller, resource == null ? null : resource.getResourceClass(),
                    resource == null ? null : resource.getResourceMethod());
            request.setSecurityContext(new CallerContext(caller,
                    AuthorizationHeader.parse(request.getHeaderString("Authorization")).map(AuthorizationHeader::scheme)
                            .orElse(null),
                    "https".equals(request.getUriInfo().getRequestUri().getScheme())));
        } catch (ApiError refused) {
            LOG.info("{} API refused {} {}: {} {}", api, request.getMethod(),
                    UntrustedText.forLog(request.getUriInfo().getPath()), refused.status(),
                    UntrustedText.forLog(refused.getMessage()));
            Response.ResponseBuilder answer = ApiErrorMapper.json(refused.status(), refused.error(), refused.getMessage());
            if (refused.challenge() != null) {
                answer.header("WWW-Authenticate", refused.challenge());
            }
            request.abortWith(answer.build());
        }
    }

    /** The TLS client certificate chain the caller presented, client certificate first (empty when none). */
    private List<X509Certificate> clientCertificates() {
        Object chain = servletRequest == null ? null : servletRequest.getAttribute(CLIENT_CERTIFICATES);
        return chain instanceof X509Certificate[] ? List.of((X509Certificate[]) chain) : List.of();
    }

    private boolean isPublic() {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
