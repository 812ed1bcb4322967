package dk.forbind.rest;

import dk.forbind.api.UntrustedText;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a JSON error document {@code {"status", "error", "message"}} (with {@code reasons}
 * when a document was refused for several); an unexpected
 * one is logged with an incident id that the caller gets instead of a stack trace.
 */
@Provider
public final class ApiErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiError) {
            ApiError e = (ApiError) failure;
            LOG.info("REST API refused a request: {} {}", e.status(), UntrustedText.forLog(e.getMessage()));
            Response.ResponseBuilder response = json(e.status(), e.error(), e.getMessage(), e.reasons());
            if (e.challenge() != null) {
                response.header("WWW-Authenticate", e.challenge());
            }
            if (e.retryAfterSeconds() > 0) {
                response.header("Retry-After", e.retryAfterSeconds());
            }
            return response.build();
        }
        if (failure instanceof WebApplicationException) {
            Response.StatusType status = ((WebApplicationException) failure).getResponse().getStatusInfo();
            return json(status.getStatusCode(), status.getReasonPhrase().toLowerCase().replace(' ', '_'),
                    failure.getMessage()).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("REST API failed (incident {}): {}", incident, UntrustedText.forLog(failure.getMessage()), failure);
        return json(500, "internal_error", "the request failed inside Forbind; operators can find it in the log"
                + " under incident " + incident).build();
    }

    public static Response.ResponseBuilder json(int status, String error, String message) {
        return json(status, error, message, List.of());
    }

    private static Response.ResponseBuilder json(int status, String error, String message, List<String> reasons) {
        JsonObject body = new JsonObject();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        if (!reasons.isEmpty()) {
            body.put("reasons", new JsonArray(reasons));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body.toJson());
    }
}
