package dk.forbind.connector.housing.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.SubjectType;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.connector.housing.HousingBenefit;
import dk.forbind.connector.housing.application.ApplicationForm;
import dk.forbind.connector.housing.application.ApplicationRecord;
import dk.forbind.connector.housing.application.CaseSystemSchema;
import dk.forbind.connector.housing.application.InvalidApplication;
import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.core.PersistentQueue;
import dk.forbind.core.PrincipalHeaders;
import dk.forbind.digitalpost.memo.BoundedBytes;
import dk.forbind.digitalpost.memo.LetterRejected;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import dk.forbind.rest.RequestedSubject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.jms.JMSException;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.apache.camel.util.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citizen applies for housing benefit — for themselves, or for someone they hold a power of attorney for — and
 * follows the application. An application that passes every check is put on the broker and answered at once with
 * 202 and its status URL: it waits there, whatever state the case system is in. An {@code Idempotency-Key} (a UUID)
 * makes sending the same application again safe: the second answer is the first application's status.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class ApplicationResource {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationResource.class);
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final HousingBenefit housing;
    private final PersistentQueue queue;

    ApplicationResource(HousingBenefit housing, PersistentQueue queue) {
        this.housing = housing;
        this.queue = queue;
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(InputStream body, @HeaderParam("Idempotency-Key") String key,
                          @HeaderParam("ForbindCorrelationId") String correlation, @Context SecurityContext security,
                          @Context UriInfo uri) throws IOException {
        ForbindPrincipal caller = Callers.of(security);
        JsonObject form = form(body);
        DataSubject applicant = RequestedSubject.of(caller, ApplicationForm.applicantIn(form));
        if (applicant.type() != SubjectType.CPR) {
            throw ApiError.badRequest("housing benefit is applied for by a person: applicant must be a CPR number");
        }
        UUID reference = reference(key);
        Optional<ApplicationRecord> earlier = find(reference);
        if (earlier.isPresent()) {
            if (!earlier.get().applicantCpr().equals(applicant.id())) {
                throw ApiError.conflict("Idempotency-Key " + reference + " belongs to another application; use a new"
                        + " key for each application");
            }
            return accepted(earlier.get(), uri);
        }
        String submittedBy = caller.subject().filter(self -> !self.equals(applicant)).map(DataSubject::id)
                .orElse(null);
        Application application;
        try {
            application = ApplicationForm.toApplication(form, reference, applicant.id(), submittedBy);
        } catch (InvalidApplication e) {
            throw ApiError.invalid("the application is not valid", e.reasons());
        }
        String correlationId = correlation == null || correlation.isBlank() ? UUID.randomUUID().toString()
                : correlation.strip();
        hand(application, caller, applicant, correlationId);
        try {
            housing.table().register(reference, applicant.id(), submittedBy, correlationId);
        } catch (SQLException e) {
            LOG.warn("Application {} is queued but not yet registered ({}); the connector registers it when it takes"
                    + " it", reference, e.getMessage());
        }
        LOG.info("Application {} for {} queued", reference, applicant.masked());
        return accepted(find(reference).orElse(null), reference, uri);
    }

    @GET
    @Path("applications/{id}")
    public String status(@PathParam("id") String id, @Context SecurityContext security) {
        ForbindPrincipal caller = Callers.of(security);
        UUID reference = reference(id);
        return find(reference).filter(a -> caller.mayReadAbout(DataSubject.cpr(a.applicantCpr())))
                .map(HousingJson::application)
                .orElseThrow(() -> ApiError.notFound("no application " + reference + " of yours, or of someone you"
                        + " hold a power of attorney for"))
                .toJson();
    }

    private void hand(Application application, ForbindPrincipal caller, DataSubject applicant, String correlationId) {
        Map<String, Object> headers = PrincipalHeaders.about(caller, applicant);
        headers.put(ForbindHeaders.CORRELATION_ID, correlationId);
        headers.put(PersistentQueue.DUPLICATE_ID, "housing-application-" + application.getApplicationReference());
        try {
            queue.send(ForbindAddresses.inbound(HousingBenefit.CONNECTOR), CaseSystemSchema.toXml(application),
                    headers);
        } catch (JMSException e) {
            LOG.warn("Housing API: the broker does not take an application: {}", e.getMessage());
            throw ApiError.unavailable("the application could not be received just now; nothing was sent — send it"
                    + " again in a moment", 30);
        }
    }

    private static JsonObject form(InputStream body) throws IOException {
        try {
            return ApplicationForm.parse(new String(BoundedBytes.read(body, MAX_BODY_BYTES, "application"),
                    StandardCharsets.UTF_8));
        } catch (LetterRejected e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (InvalidApplication e) {
            throw ApiError.invalid("the application is not valid", e.reasons());
        }
    }

    private static UUID reference(String text) {
        if (text == null || text.isBlank()) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("an application id (and an Idempotency-Key) is a UUID");
        }
    }

    private Optional<ApplicationRecord> find(UUID reference) {
        try {
            return housing.table().find(reference);
        } catch (SQLException e) {
            LOG.warn("Housing API: the application table does not answer: {}", e.getMessage());
            throw ApiError.unavailable("applications cannot be looked up just now; try again in a moment", 30);
        }
    }

    private static Response accepted(ApplicationRecord application, UriInfo uri) {
        return accepted(application, application.id(), uri);
    }

    private static Response accepted(ApplicationRecord application, UUID reference, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("applications").path(reference.toString()).build();
        JsonObject json = application == null ? HousingJson.queued(reference) : HousingJson.application(application);
        json.put("statusUrl", location.toString());
        return Response.accepted(json.toJson()).location(location).build();
    }
}
