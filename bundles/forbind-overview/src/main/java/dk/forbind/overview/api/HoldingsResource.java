package dk.forbind.overview.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.overview.HoldingsOverview;
import dk.forbind.rest.Callers;
import dk.forbind.rest.RequestedSubject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * What the authorities on this node hold about the caller — or about someone they hold a power of attorney for —
 * source by source, with each source's status and time. A source that does not answer makes the answer partial,
 * never an error.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class HoldingsResource {
    private final HoldingsOverview overview;

    HoldingsResource(HoldingsOverview overview) {
        this.overview = overview;
    }

    @GET
    @Path("holdings")
    public String holdings(@Context SecurityContext security, @QueryParam("subject") String subject) {
        var caller = Callers.of(security);
        DataSubject who = RequestedSubject.of(caller, subject);
        return OverviewJson.of(overview.of(caller, who)).toJson();
    }
}
