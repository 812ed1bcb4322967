package dk.forbind.connector.housing.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.SubjectType;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.connector.housing.CaseLookup;
import dk.forbind.connector.housing.HousingBenefit;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.client.CaseSystemFailure;
import dk.forbind.connector.housing.client.CaseSystemRefusal;
import dk.forbind.connector.housing.client.CaseSystemUnavailable;
import dk.forbind.core.PrincipalHeaders;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import dk.forbind.rest.RequestedSubject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.apache.camel.Exchange;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citizen's cases, live from the case system through the connector's look-up routes (each look-up recorded in the
 * transparency registry), with the applications still waiting to become cases. The case system's troubles become
 * clear answers: 503 with {@code Retry-After} while it is down, busy or kept away by the circuit breaker, 504 when it
 * gives no answer in time, 502 when its answer makes no sense.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class CaseResource {
    private static final Logger LOG = LoggerFactory.getLogger(CaseResource.class);
    private static final String CASE_ID = "BS-[0-9]{4}-[0-9]{6}";
    private static final int PENDING_SHOWN = 50;

    private final HousingBenefit housing;

    CaseResource(HousingBenefit housing) {
        this.housing = housing;
    }

    @GET
    @Path("cases")
    public String cases(@QueryParam("subject") String subject, @Context SecurityContext security) {
        ForbindPrincipal caller = Callers.of(security);
        DataSubject applicant = applicant(caller, subject);
        @SuppressWarnings("unchecked")
        List<Case> cases = (List<Case>) lookUp(CaseLookup.CASES, caller, applicant, Map.of());
        JsonObject json = new JsonObject();
        JsonArray shown = new JsonArray();
        cases.forEach(c -> shown.add(HousingJson.of(c)));
        json.put("cases", shown);
        JsonArray pending = new JsonArray();
        try {
            housing.table().notYetCases(applicant.id(), PENDING_SHOWN)
                    .forEach(a -> pending.add(HousingJson.application(a)));
        } catch (SQLException e) {
            LOG.warn("Housing API: the application table does not answer: {}", e.getMessage());
        }
        json.put("pendingApplications", pending);
        return json.toJson();
    }

    @GET
    @Path("cases/{caseId}")
    public String oneCase(@PathParam("caseId") String caseId, @QueryParam("subject") String subject,
                          @Context SecurityContext security) {
        ForbindPrincipal caller = Callers.of(security);
        DataSubject applicant = applicant(caller, subject);
        if (caseId == null || !caseId.matches(CASE_ID)) {
            throw ApiError.badRequest("a case id looks like BS-2026-000123");
        }
        @SuppressWarnings("unchecked")
        Optional<Case> found = (Optional<Case>) lookUp(CaseLookup.CASE, caller, applicant,
                Map.of(CaseLookup.CASE_ID, caseId));
        return found.map(HousingJson::of).orElseThrow(() -> ApiError.notFound("no case " + caseId
                + " of this applicant")).toJson();
    }

    private static DataSubject applicant(ForbindPrincipal caller, String subject) {
        DataSubject applicant = RequestedSubject.of(caller, subject);
        if (applicant.type() != SubjectType.CPR) {
            throw ApiError.badRequest("housing-benefit cases are a person's: subject must be a CPR number");
        }
        return applicant;
    }

    private Object lookUp(String route, ForbindPrincipal caller, DataSubject applicant, Map<String, Object> more) {
        Map<String, Object> headers = PrincipalHeaders.about(caller, applicant);
        headers.putAll(more);
        Exchange answered;
        try {
            answered = housing.requests().request(route, headers, null);
        } catch (DependencyUnavailableException e) {
            throw ApiError.unavailable("housing-benefit cases cannot be looked up just now: " + e.getMessage(), 30);
        }
        Exception failure = answered.getException();
        if (failure != null) {
            throw answer(known(failure));
        }
        return answered.getMessage().getBody();
    }

    /** The case system's own failure inside whatever Camel wrapped it in. */
    private static Throwable known(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CaseSystemUnavailable || t instanceof CaseSystemFailure || t instanceof CaseSystemRefusal) {
                return t;
            }
        }
        return failure;
    }

    private static ApiError answer(Throwable failure) {
        if (failure instanceof CaseSystemUnavailable unavailable) {
            return ApiError.unavailable("the housing-benefit case system cannot answer just now: "
                    + unavailable.getMessage(), unavailable.retryAfterSeconds());
        }
        if (failure instanceof CaseSystemFailure failed) {
            LOG.warn("Housing API: a look-up failed: {}", failed.getMessage());
            return failed.timeout() ? ApiError.gatewayTimeout("the housing-benefit case system gave no answer in"
                    + " time; try again later") : ApiError.badGateway("the housing-benefit case system failed the"
                    + " look-up; try again later");
        }
        if (failure instanceof CaseSystemRefusal refused) {
            LOG.warn("Housing API: the case system refused a look-up: {}", refused.getMessage());
            return ApiError.badGateway("the housing-benefit case system refused the look-up");
        }
        LOG.warn("Housing API: a look-up failed: {}", failure.toString());
        return ApiError.unavailable("housing-benefit cases cannot be looked up just now", 30);
    }
}
