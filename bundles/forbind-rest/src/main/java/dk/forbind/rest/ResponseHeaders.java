package dk.forbind.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

/**
 * The headers every Forbind API answer carries, refusals included: {@code X-Content-Type-Options: nosniff}, so
 * a browser never runs a JSON or CSV answer as a page or script, and {@code Cache-Control: no-store}, so a
 * citizen's records are kept by no browser or proxy cache (a resource that sets its own Cache-Control keeps it).
 */
@Provider
public final class ResponseHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
