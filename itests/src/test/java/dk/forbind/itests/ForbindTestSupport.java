package dk.forbind.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.DeadLetterOffice;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.SamplePerson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Boots the built Forbind distribution (forbind-assembly tar.gz) once for all scenarios of a test run
 * (one boot costs about 20 s), on ports of its own and with test credentials, and gives scenarios what a
 * user has: files in the inbox, the broker, the database, HTTP and the shell. Scenarios share the node, so
 * each asserts only about its own files, persons and messages, and puts back what it breaks on purpose.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class ForbindTestSupport {
    static final String BROKER_PASSWORD = "itest-broker-secret";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    protected BundleContext bundleContext;
    @Inject
    protected FeaturesService features;
    @Inject
    protected ConnectorRegistry connectors;
    @Inject
    protected ConnectorLifecycle lifecycle;
    @Inject
    protected DeadLetterOffice deadLetters;
    @Inject
    protected SessionFactory sessionFactory;
    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/forbind)")
    protected DataSource dataSource;
    @Inject
    @Filter("(osgi.jndi.service.name=jms/forbind)")
    protected ConnectionFactory connectionFactory;

    @Configuration
    public Option[] configuration() throws Exception {
        String version = System.getProperty("forbind.version");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("dk.forbind", "forbind-assembly").type("tar.gz").version(version))
                        .unpackDirectory(new File(System.getProperty("forbind.exam.dir", "target/exam")))
                        .name("Forbind")
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/system.properties", "forbind.version", version),
                mavenBundle("dk.forbind", "forbind-test-fixtures", version)));
        if (Boolean.getBoolean("forbind.exam.keep")) {
            options.add(keepRuntimeFolder()); // -Dforbind.exam.keep=true: the node's folder and log stay in target/exam
        }
        NodeSettings node = new NodeSettings().accounts("itest-admin", BROKER_PASSWORD, "itest-db-secret")
                .tlsPasswords().quickTimers();
        node.settings().forEach(s -> options.add(editConfigurationFilePut(s.file(), s.key(), s.value())));
        NodeTls.files(Path.of("target", "node-tls-" + node.httpPort))
                .forEach((path, file) -> options.add(replaceConfigurationFile(path, file.toFile())));
        return options.toArray(Option[]::new);
    }

    /** The eID broker simulator of the node under test (inside the container). */
    static String simulator() {
        return NodeSettings.simulator(httpPort());
    }

    /** The node's HTTPS port (inside the container). */
    static int httpsPort() {
        return Integer.parseInt(System.getProperty(NodeSettings.HTTPS_PORT_PROPERTY));
    }

    /** The port of the node's broker acceptor for the platform (inside the container). */
    static int brokerPort() {
        return Integer.parseInt(System.getProperty("forbind.broker.port"));
    }

    /** The port of the node's broker acceptor for agency systems (inside the container). */
    static int agencyBrokerPort() {
        return Integer.parseInt(System.getProperty(NodeSettings.AGENCY_BROKER_PORT_PROPERTY));
    }

    /** The node's HTTP port (inside the container). */
    static int httpPort() {
        return Integer.parseInt(System.getProperty(NodeSettings.HTTP_PORT_PROPERTY));
    }

    /**
     * The node is ready as its users need it: the REST APIs and the eID simulator are published (they
     * come up a moment after the bundles that the container waits for).
     */
    @Before
    public void awaitHttpServices() throws Exception {
        await("the transparency API and the eID simulator answer",
                () -> httpGet("/forbind/api/transparency/v1/processing-activities").status() == 200
                        && httpGet("/forbind/sim/eid/jwks").status() == 200);
    }

    /** The connector's inbox, as an agency's batch job sees it. */
    protected static Path cprInbox() {
        return Path.of(System.getProperty("karaf.base"), "inbox", "cpr");
    }

    /** Drops a route-file connector (its declaration and its route XML) into the node's routes/ folder. */
    protected static void deployRouteFile(String id, String declaration, String routeXml) throws IOException {
        Path routes = Path.of(System.getProperty("karaf.base"), "routes");
        Files.writeString(routes.resolve(id + ".properties"), declaration);
        Files.writeString(routes.resolve(id + ".xml"), "<routes xmlns=\"http://camel.apache.org/schema/spring\">\n"
                + routeXml + "</routes>\n");
    }

    protected ConnectorStatus connector(String id) {
        return connectors.connector(id).orElseThrow(() -> new AssertionError("connector " + id + " is not deployed"));
    }

    protected void awaitConnector(String id, ConnectorState state) throws Exception {
        await("connector " + id + " " + state,
                () -> connectors.connector(id).map(c -> c.state() == state).orElse(false));
    }

    /** Runs a shell command as an operator would and returns what it printed. */
    protected String executeCommand(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(InputStream.nullInputStream(), print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    protected static List<String> cprsOf(List<SamplePerson> persons) {
        return persons.stream().map(SamplePerson::cpr).collect(Collectors.toList());
    }

    /** Persons of the forbind_person table whose CPR numbers are among these. */
    protected int storedPersons(Collection<String> cprs) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM forbind_person WHERE cpr = ?")) {
            int found = 0;
            for (String cpr : cprs) {
                count.setString(1, cpr);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    found += rows.getInt(1);
                }
            }
            return found;
        }
    }

    /** The count a {@code SELECT COUNT(*)} query of the platform database finds. */
    protected int countRows(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(sql);
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    protected Optional<String> storedSurname(String cpr) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT surname FROM forbind_person WHERE cpr = ?")) {
            query.setString(1, cpr);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sends a persistent text message to a queue, as a legacy system on the broker would. */
    protected void sendText(String queue, String text) throws Exception {
        sendText(queue, text, Map.of());
    }

    /** The same, with message properties (the canonical Forbind headers a legacy adapter sets). */
    protected void sendText(String queue, String text, Map<String, String> properties) throws Exception {
        try (javax.jms.Connection connection = connectionFactory.createConnection();
             javax.jms.Session session = connection.createSession(false, javax.jms.Session.AUTO_ACKNOWLEDGE)) {
            javax.jms.TextMessage message = session.createTextMessage(text);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            session.createProducer(session.createQueue(queue)).send(message);
        }
    }

    /** The next text message on a queue, or null if none comes within the timeout. */
    protected String receiveText(String queue, Duration timeout) throws Exception {
        ReceivedText received = receive(queue, timeout);
        return received == null ? null : received.text();
    }

    /** The next text message on a queue with its string properties, or null if none comes within the timeout. */
    protected ReceivedText receive(String queue, Duration timeout) throws Exception {
        try (javax.jms.Connection connection = connectionFactory.createConnection();
             javax.jms.Session session = connection.createSession(false, javax.jms.Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            javax.jms.Message message = session.createConsumer(session.createQueue(queue)).receive(timeout.toMillis());
            if (message == null) {
                return null;
            }
            Map<String, String> properties = new TreeMap<>();
            for (Object name : Collections.list(message.getPropertyNames())) {
                properties.put((String) name, message.getStringProperty((String) name));
            }
            return new ReceivedText(((javax.jms.TextMessage) message).getText(), properties);
        }
    }

    /** A text message as the platform received it. */
    protected record ReceivedText(String text, Map<String, String> properties) {
    }

    /** GET on the node's HTTP port: status code and body. */
    protected static HttpAnswer httpGet(String path) throws IOException {
        return http("GET", path, null, null);
    }

    /** A request to the node's HTTP port with an {@code Authorization} header (may be null) and a JSON body. */
    protected static HttpAnswer http(String method, String path, String authorization, String jsonBody)
            throws IOException {
        return http(method, path, authorization, jsonBody, "application/json");
    }

    /** The same with a body of another content type. */
    protected static HttpAnswer http(String method, String path, String authorization, String body, String type)
            throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL("http://localhost:" + httpPort() + path).openConnection();
        http.setRequestMethod(method);
        http.setConnectTimeout(5000);
        http.setReadTimeout(30000);
        if (authorization != null) {
            http.setRequestProperty("Authorization", authorization);
        }
        if (body != null) {
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", type);
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = http.getResponseCode();
        InputStream answer = status < 400 ? http.getInputStream() : http.getErrorStream();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        http.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                headers.put(name, String.join(", ", values));
            }
        });
        return new HttpAnswer(status, answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8),
                headers);
    }

    /** An answer: status, body, and headers by name in any case (repeated ones joined with ", "). */
    protected record HttpAnswer(int status, String body, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }

        public String challenge() {
            return header("WWW-Authenticate");
        }

        /** The body as a JSON object. */
        public JsonObject json() throws DeserializationException {
            return (JsonObject) Jsoner.deserialize(body);
        }
    }

    /** Polls until the check holds, for up to {@link #TIMEOUT}. */
    protected static void await(String what, Await.Check check) throws Exception {
        Await.until(what, TIMEOUT, check);
    }
}
