package dk.forbind.transparency.api;

import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.rest.AgencyOperation;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import dk.forbind.transparency.TransparencyService;
import dk.forbind.transparency.store.Disclosures;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For auditors and data-protection officers: verify the registry, disclose hidden records. */
@Path("/auditor")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@AgencyOperation("auditor")
public final class AuditorResource {
    private static final Logger LOG = LoggerFactory.getLogger(AuditorResource.class);
    private final TransparencyService registry;
    private final Clock clock;

    AuditorResource(TransparencyService registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GET
    @Path("verify")
    public String verify(@Context SecurityContext security) {
        ForbindPrincipal auditor = AccessRules.require(Callers.of(security), ForbindRole.AUDITOR);
        LOG.info("{} verifies the transparency registry", auditor.name());
        ChainVerification result = registry.verify();
        JsonObject json = new JsonObject();
        json.put("ok", result.ok());
        json.put("summary", result.summary());
        json.put("recordsChecked", result.recordsChecked());
        json.put("checkpointsChecked", result.checkpointsChecked());
        json.put("firstSeq", result.firstSeq());
        json.put("lastSeq", result.lastSeq());
        json.put("brokenSeq", result.brokenSeq());
        json.put("brokenEventId", result.brokenEventId());
        json.put("problem", result.problem());
        json.put("keyId", registry.keyId());
        json.put("verifiedAt", result.verifiedAt().toString());
        return json.toJson();
    }

    /** Body: {@code {"reason": "..."}} — why the record may now be shown to its subject. */
    @POST
    @Path("disclose/{eventId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public String disclose(@Context SecurityContext security, @PathParam("eventId") String eventId, String body)
            throws SQLException {
        ForbindPrincipal auditor = AccessRules.require(Callers.of(security), ForbindRole.AUDITOR);
        String reason = reason(body);
        Instant now = Instant.now(clock);
        Disclosures.Outcome outcome = registry.disclosures().disclose(eventId, auditor.name(), reason, now);
        switch (outcome) {
            case UNKNOWN_EVENT -> throw ApiError.notFound("no data-access event with id " + eventId);
            case NOT_HIDDEN -> throw ApiError.conflict("event " + eventId + " is not hidden; its subject sees it already");
            default -> LOG.info("{} disclosed hidden event {} ({}): {}", auditor.name(), eventId, outcome, reason);
        }
        JsonObject json = new JsonObject();
        json.put("eventId", eventId);
        json.put("outcome", outcome.name());
        json.put("disclosedBy", auditor.name());
        return json.toJson();
    }

    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("a disclosure needs a reason: send {\"reason\": \"...\"}");
        }
        try {
            Object parsed = Jsoner.deserialize(body);
            if (parsed instanceof JsonObject) {
                String reason = ((JsonObject) parsed).getString("reason");
                if (reason != null && !reason.isBlank()) {
                    return reason.strip();
                }
            }
        } catch (DeserializationException | ClassCastException e) {
            throw ApiError.badRequest("the body must be JSON: {\"reason\": \"...\"}");
        }
        throw ApiError.badRequest("a disclosure needs a reason: send {\"reason\": \"...\"}");
    }
}
