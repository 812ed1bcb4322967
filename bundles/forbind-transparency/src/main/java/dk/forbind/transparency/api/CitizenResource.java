package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.rest.ApiError;
import dk.forbind.rest.Callers;
import dk.forbind.rest.RequestedSubject;
import dk.forbind.transparency.TransparencyService;
import dk.forbind.transparency.store.UsageQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    CitizenResource(TransparencyService registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GET
    @Path("usage")
    public String usage(@Context SecurityContext security, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("processingType") String type, @QueryParam("offset") String offset,
                        @QueryParam("limit") String limit, @QueryParam("subject") String subject) throws SQLException {
        DataSubject who = RequestedSubject.of(Callers.of(security), subject);
        UsageParameters query = UsageParameters.parse(from, to, type, offset, limit);
        UsageQuery.Page page = registry.usage().page(filter(who, query), query.offset(), query.limit());
        JsonObject json = new JsonObject();
        json.put("subject", subjectJson(who));
        json.put("from", query.from().toString());
        json.put("to", query.to().toString());
        json.put("processingType", query.type() == null ? null : query.type().name());
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
        String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase();
        if (!kind.equals("json") && !kind.equals("csv")) {
            throw ApiError.badRequest("format must be json or csv, got '" + format + "'");
        }
        UsageQuery.Filter filter = filter(who, UsageParameters.period(from, to));
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try {
                if (kind.equals("csv")) {
                    writer.write(CsvExport.HEADER);
                    registry.usage().each(filter, r -> write(writer, CsvExport.row(r)));
                } else {
                    writeJson(writer, who, filter);
                }
            } catch (SQLException e) {
                throw new IOException("export failed while reading the registry: " + e.getMessage(), e);
            }
            writer.flush();
        };
        String file = "forbind-data-usage-" + Instant.now(clock).toString().substring(0, 10) + "." + kind;
        return Response.ok(body)
                .type(kind.equals("csv") ? "text/csv;charset=UTF-8" : MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private void writeJson(Writer writer, DataSubject who, UsageQuery.Filter filter) throws IOException, SQLException {
        writer.write("{\"subject\":" + subjectJson(who).toJson() + ",\"exportedAt\":\"" + Instant.now(clock)
                + "\",\"records\":[");
        boolean[] first = {true};
        registry.usage().each(filter, r -> {
            write(writer, (first[0] ? "" : ",") + RecordJson.of(r).toJson());
            first[0] = false;
        });
        writer.write("]}");
    }

    private UsageQuery.Filter filter(DataSubject who, UsageParameters query) {
        return new UsageQuery.Filter(registry.subjectKey().of(who), query.from(), query.to(), query.type(),
                Instant.now(clock));
    }

    private static JsonObject subjectJson(DataSubject who) {
        JsonObject subject = new JsonObject();
        subject.put("type", who.type().name());
        subject.put("id", who.id());
        return subject;
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
