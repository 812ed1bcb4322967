package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.transparency.TransparencyService;
import dk.forbind.transparency.store.UsageQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.apache.camel.util.json.JsonObject;

/**
 * The art. 15 copy of a subject's visible records in a period, streamed as it is read: CSV ({@link CsvExport}) or
 * JSON ({@code {"subject":..., "exportedAt":..., "records":[...]}}). The citizen API and the citizen's pages both
 * download it from here.
 */
final class UsageExport {
    private final TransparencyService registry;
    private final Clock clock;

    UsageExport(TransparencyService registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** {@code json} (the default, for null or blank) or {@code csv}; throws IllegalArgumentException otherwise. */
    static String format(String requested) {
        String kind = requested == null || requested.isBlank() ? "json" : requested.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("csv")) {
            throw new IllegalArgumentException("format must be json or csv, got '" + requested + "'");
        }
        return kind;
    }

    static String mediaType(String format) {
        return format.equals("csv") ? "text/csv;charset=UTF-8" : "application/json;charset=UTF-8";
    }

    String fileName(String format) {
        return "forbind-data-usage-" + Instant.now(clock).toString().substring(0, 10) + "." + format;
    }

    void write(DataSubject who, Instant from, Instant to, String format, OutputStream out) throws IOException {
        UsageQuery.Filter filter = new UsageQuery.Filter(registry.subjectKey().of(who), from, to, null, null,
                Instant.now(clock));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            if (format.equals("csv")) {
                writer.write(CsvExport.HEADER);
                registry.usage().each(filter, r -> write(writer, CsvExport.row(r)));
            } else {
                writer.write("{\"subject\":" + subjectJson(who).toJson() + ",\"exportedAt\":\"" + Instant.now(clock)
                        + "\",\"records\":[");
                boolean[] first = {true};
                registry.usage().each(filter, r -> {
                    write(writer, (first[0] ? "" : ",") + RecordJson.of(r).toJson());
                    first[0] = false;
                });
                writer.write("]}");
            }
        } catch (SQLException e) {
            throw new IOException("export failed while reading the registry: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static JsonObject subjectJson(DataSubject who) {
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
