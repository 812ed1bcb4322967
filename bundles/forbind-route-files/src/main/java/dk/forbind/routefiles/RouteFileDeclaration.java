package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.RouteSubjectLookup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the declaration of a route-file connector, {@code <name>.properties} beside
 * {@code <name>.xml}:
 *
 * <pre>
 * id = legacy-case-inbox
 * agency = 29190623
 * description = Case files from the legacy case system
 * handles.data.subjects = true
 * purpose = Case handling
 * legal.basis = GDPR art. 6(1)(e)
 * data.categories = CPR number, case documents
 * recipients = the case system
 * retention = 10 years
 * processing.type = DATA_PROCESSING
 * minimum.loa = Substantial
 * depends.on = database, tax-system=https://skat.example.dk/health
 * </pre>
 * The purpose and the rest are required when {@code handles.data.subjects} is true; without them
 * the platform refuses the connector, as it refuses a bundle without a declaration. The processing
 * type (DATA_REQUEST, DATA_RESPONSE, DATA_PROCESSING, INTERNAL_PROCESSING) is the default of the
 * connector's data-access events; it is DATA_PROCESSING when left out. {@code minimum.loa} (Low,
 * Substantial, High) makes the platform park every message whose {@code ForbindLoa} is lower.
 * {@code depends.on} names what the connector needs ({@code database}, {@code <name>=<http(s) URL>},
 * {@code address:<address>}): while one is down the connector waits instead of parking its messages.
 * {@code subject.lookup.title} (Danish) and {@code subject.lookup.title.en} make the connector a source of citizens'
 * overviews: its route from {@code direct:subject-lookup} answers what it holds about a subject
 * ({@link RouteSubjectLookup}).
 */
final class RouteFileDeclaration {

    private RouteFileDeclaration() {
    }

    static ConnectorDescriptor read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        }
    }

    static ConnectorDescriptor read(String fileName, Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String id = required(p, "id", fileName);
        boolean subjects = Boolean.parseBoolean(p.getProperty("handles.data.subjects", "false").strip());
        ProcessingDeclaration declaration = p.getProperty("purpose") == null ? null
                : new ProcessingDeclaration(p.getProperty("purpose"), p.getProperty("legal.basis"),
                        list(p.getProperty("data.categories")), list(p.getProperty("recipients")),
                        p.getProperty("retention"),
                        ProcessingType.parse(p.getProperty("processing.type", "DATA_PROCESSING")));
        String minimum = p.getProperty("minimum.loa");
        return new ConnectorDescriptor(id, required(p, "agency", fileName), p.getProperty("description", ""), subjects,
                declaration, minimum == null || minimum.isBlank() ? null : NsisLevel.parse(minimum),
                list(p.getProperty("depends.on")).stream().map(ConnectorDependency::parse).toList());
    }

    /** The name of the connector's subject look-up, when its declaration offers one. */
    static Optional<Wording> lookupTitle(byte[] declaration) {
        Properties p = new Properties();
        try {
            p.load(new InputStreamReader(new ByteArrayInputStream(declaration), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String danish = p.getProperty("subject.lookup.title");
        return danish == null || danish.isBlank() ? Optional.empty()
                : Optional.of(new Wording(danish.strip(), p.getProperty("subject.lookup.title.en")));
    }

    private static String required(Properties p, String key, String fileName) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(fileName + " has no '" + key + "'");
        }
        return value.strip();
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
