package dk.forbind.itests;

import dk.forbind.fixtures.Await;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jms.JMSContext;
import javax.jms.Message;
import javax.jms.Queue;
import javax.jms.TemporaryQueue;
import javax.management.remote.JMXServiceURL;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.rules.ExternalResource;

/**
 * The distribution unpacked from its tar.gz and run with its own scripts (bin/start, bin/stop), as
 * an operator runs it; for scenarios Pax Exam cannot play, such as restarting the whole node. A
 * JUnit rule: each test gets a fresh copy on ports of its own, killed when the test ends — free ports written
 * into its configuration, or, as an operator moves a node, all of them moved by FORBIND_PORT_OFFSET.
 */
final class InstalledDistribution extends ExternalResource {
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private final NodeSettings settings;
    private final Map<String, String> offsetEnvironment;
    final int httpPort;
    final int httpsPort;
    final int brokerPort;
    final int sshPort;
    private final int jmxRegistryPort;
    private final int jmxServerPort;
    /** The node's name among others (FORBIND_NODE_NAME), or null when it is alone. */
    final String name;

    Path home;

    InstalledDistribution() {
        settings = new NodeSettings();
        offsetEnvironment = Map.of();
        httpPort = settings.httpPort;
        httpsPort = settings.httpsPort;
        brokerPort = settings.brokerPort;
        sshPort = settings.sshPort;
        jmxRegistryPort = settings.jmxRegistryPort;
        jmxServerPort = settings.jmxServerPort;
        name = null;
    }

    /** A node whose ports bin/setenv moves by this offset from the defaults (8181, 8443, ...), named as given. */
    InstalledDistribution(int portOffset, String nodeName) {
        settings = null;
        offsetEnvironment = Map.of("FORBIND_PORT_OFFSET", Integer.toString(portOffset), "FORBIND_NODE_NAME",
                nodeName);
        httpPort = 8181 + portOffset;
        httpsPort = 8443 + portOffset;
        brokerPort = 61616 + portOffset;
        sshPort = 8101 + portOffset;
        jmxRegistryPort = 1099 + portOffset;
        jmxServerPort = 44444 + portOffset;
        name = nodeName;
    }

    /** Unpacks the built distribution and moves every port off the defaults. */
    @Override
    protected void before() throws Exception {
        Path archive = Path.of(System.getProperty("forbind.distribution"));
        Path target = Path.of(System.getProperty("forbind.install.dir")).resolve(Long.toString(System.nanoTime()));
        Files.createDirectories(target);
        run(List.of("tar", "xzf", archive.toString(), "-C", target.toString()), Map.of(), target);
        try (var entries = Files.list(target)) {
            home = entries.findFirst().orElseThrow();
        }
        if (settings != null) {
            for (NodeSettings.Setting setting : settings.settings()) {
                setProperty(setting.file(), setting.key(), setting.value());
            }
        }
    }

    @Override
    protected void after() {
        kill();
    }

    /** The node's JMX connector (Karaf's RMI connector server). */
    JMXServiceURL jmx() throws IOException {
        return new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + jmxServerPort + "/jndi/rmi://127.0.0.1:"
                + jmxRegistryPort + "/karaf-root");
    }

    /** A connection factory to the node's broker, as the platform's broker user. */
    ActiveMQConnectionFactory broker() throws IOException {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort, "forbind-broker", credential("broker"));
    }

    /** The H2 file of the stopped node, opened directly as a DBA would. */
    Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/forbind/db/forbind"), "forbind",
                credential("database"));
    }

    /** bin/start, then waits until the node is ready (health UP, or DEGRADED while dead letters wait). */
    void start(Map<String, String> environment) throws Exception {
        launch(environment);
        awaitReady();
    }

    /** Waits until the launched node is ready (health UP, or DEGRADED while dead letters wait). */
    void awaitReady() throws Exception {
        Await.until("health UP (see " + home + "/data/log/karaf.log)", BOOT_TIMEOUT, this::health,
                h -> h.map(answer -> answer.startsWith("{\"status\":\"UP\"")
                        || answer.startsWith("{\"status\":\"DEGRADED\"")).orElse(false));
    }

    /** bin/start, without waiting for the node to be ready (it may not be: its database may be down). */
    void launch(Map<String, String> environment) throws Exception {
        Map<String, String> all = new HashMap<>(offsetEnvironment);
        all.putAll(environment);
        run(List.of(home.resolve("bin/start").toString()), all, home);
    }

    /** Runs one of the distribution's scripts (bin/...) with arguments and environment; its output. */
    String script(List<String> command, Map<String, String> environment) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.set(0, home.resolve(command.get(0)).toString());
        return run(full, environment, home);
    }

    /** Messages on a queue, counting those delivered to a consumer but not yet acknowledged; -1 if unknown. */
    long queueDepth(String queue) {
        try (ActiveMQConnectionFactory factory = broker(); JMSContext context = factory.createContext()) {
            Queue management = context.createQueue("activemq.management");
            TemporaryQueue replies = context.createTemporaryQueue();
            Message request = context.createMessage();
            request.setJMSReplyTo(replies);
            JMSManagementHelper.putAttribute(request, "queue." + queue, "messageCount");
            context.createProducer().send(management, request);
            Message reply = context.createConsumer(replies).receive(5000);
            return reply == null ? -1 : ((Number) JMSManagementHelper.getResult(reply)).longValue();
        } catch (Exception e) {
            return -1;
        }
    }

    /** bin/stop, then waits for the JVM to be gone. */
    void stop() throws Exception {
        Optional<ProcessHandle> process = process();
        run(List.of(home.resolve("bin/stop").toString()), Map.of(), home);
        if (process.isPresent()) {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    void kill() {
        process().ifPresent(ProcessHandle::destroyForcibly);
    }

    /** The body of GET /forbind/health, or empty while the node does not answer. */
    Optional<String> health() {
        try {
            HttpURLConnection http = (HttpURLConnection) new URL("http://localhost:" + httpPort + "/forbind/health")
                    .openConnection();
            http.setConnectTimeout(1000);
            http.setReadTimeout(5000);
            var body = http.getResponseCode() < 400 ? http.getInputStream() : http.getErrorStream();
            return Optional.of(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Messages a connector finished since the node started, from the health document. */
    long messagesOut(String connector) {
        Matcher m = Pattern.compile("\"id\":\"" + Pattern.quote(connector) + "\"[^}]*\"messagesOut\":(\\d+)")
                .matcher(health().orElse(""));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** A connector's state from the health document, or empty while the node does not show it. */
    Optional<String> connectorState(String connector) {
        Matcher m = Pattern.compile("\"id\":\"" + Pattern.quote(connector) + "\"[^}]*\"state\":\"(\\w+)\"")
                .matcher(health().orElse(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The auditor's verification of the transparency registry, as GET .../auditor/verify answers it. */
    JsonObject verifyRegistry() throws Exception {
        return getJson("/forbind/api/transparency/v1/auditor/verify", "Development auditor=itest");
    }

    /** GET on the node's HTTP port with an Authorization header; the JSON body, whatever the status. */
    JsonObject getJson(String path, String authorization) throws Exception {
        return sendJson("GET", path, authorization, null);
    }

    /** A request with a JSON body (none when null) on the node's HTTP port; the JSON answer, whatever the status. */
    JsonObject sendJson(String method, String path, String authorization, String json) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL("http://localhost:" + httpPort + path).openConnection();
        http.setRequestMethod(method);
        if (authorization != null) {
            http.setRequestProperty("Authorization", authorization);
        }
        if (json != null) {
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            http.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        }
        http.setReadTimeout(120_000);
        var body = http.getResponseCode() < 400 ? http.getInputStream() : http.getErrorStream();
        return (JsonObject) Jsoner.deserialize(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    String credential(String name) throws IOException {
        for (String line : Files.readAllLines(home.resolve("etc/forbind-credentials.properties"))) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no credential " + name);
    }

    /** The node's JVM, while it runs. */
    Optional<ProcessHandle> process() {
        try {
            Path pid = home.resolve("karaf.pid");
            return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Sets "key = value" in a configuration file of the node (replacing or adding the line). */
    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        lines.replaceAll(l -> l.matches(Pattern.quote(key) + "\\s*=.*") ? key + " = " + value : l);
        if (lines.stream().noneMatch(l -> l.startsWith(key + " = " + value))) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    private static String run(List<String> command, Map<String, String> environment, Path directory)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + output);
        }
        return output;
    }
}
