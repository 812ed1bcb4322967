package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import dk.forbind.rest.RequestedSubject;
import dk.forbind.transparency.TransparencyService;
import dk.forbind.transparency.store.UsageQuery;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The citizen's view (GDPR Art. 15): which authorities used their data, when, why and on which
 * legal basis — their own records only, without those still hidden.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class CitizenResource {
    private final TransparencyService registry;
    private final Clock clock;
    private final UsageExport export;

    CitizenResource(TransparencyService registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.export = new UsageExport(registry, clock);
    }

    @GET
    @Path("usage")
    public String usage(@Context SecurityContext security, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("processingType") String type, @QueryParam("offset") String offset,
                        @QueryParam("limit") String limit, @QueryParam("subject") String subject,
                        @QueryParam("authority") String authority) throws SQLException {
        DataSubject who = RequestedSubject.of(Callers.of(security), subject);
        UsageParameters query = UsageParameters.parse(from, to, type, offset, limit);
        UsageQuery.Page page = registry.usage().page(filter(who, query, authority), query.offset(), query.limit());
        JsonObject json = new JsonObject();
        json.put("subject", UsageExport.subjectJson(who));
        json.put("from", query.from().toString());
        json.put("to", query.to().toString());
        json.put("processingType", query.type() == null ? null : query.type().name());
        json.put("authority", authority == null || authority.isBlank() ? null : authority.strip());
        json.put("offset", query.offset());
        json.put("limit", query.limit());
        json.put("total", page.total());
        JsonArray records = new JsonArray();
        page.records().forEach(r -> records.add(RecordJson.of(r)));
        json.put("records", records);
        return json.toJson();
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", "text/csv;charset=UTF-8"})
    public Response export(@Context SecurityContext security, @QueryParam("format") String format,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("subject") String subject) {
        DataSubject who = RequestedSubject.of(Callers.of(security), subject);
        String kind;
        try {
            kind = UsageExport.format(format);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        UsageParameters period = UsageParameters.period(from, to);
        StreamingOutput body = out -> export.write(who, period.from(), period.to(), kind, out);
        return Response.ok(body).type(UsageExport.mediaType(kind))
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName(kind) + "\"")
                .build();
    }

    private UsageQuery.Filter filter(DataSubject who, UsageParameters query, String authority) {
        return new UsageQuery.Filter(registry.subjectKey().of(who), query.from(), query.to(), query.type(),
                authority == null || authority.isBlank() ? null : authority.strip(), Instant.now(clock));
    }
}
