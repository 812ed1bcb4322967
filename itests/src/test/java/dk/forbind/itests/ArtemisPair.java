package dk.forbind.itests;

import dk.forbind.fixtures.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.rules.ExternalResource;

/**
 * The external broker pair of a scale-out test: the apache-artemis distribution unpacked, a primary and a backup on
 * one shared store made by the Forbind distribution's own bin/forbind-artemis-pair, each run by its own
 * bin/artemis-service (real processes, real ports). A JUnit rule: both are killed when the test ends.
 */
final class ArtemisPair extends ExternalResource {
    static final String PASSWORD = "scale-broker-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** "Server is now active". */
    private static final String ACTIVE = "AMQ221007";
    /** "Backup Server is now active". */
    private static final String BACKUP_ACTIVE = "AMQ221010";

    final int primaryPort = FreePorts.next();
    final int backupPort = FreePorts.next();
    private Path root;
    private String url;

    /** Unpacks Artemis and makes both brokers with the given node's script. */
    void make(InstalledDistribution node) throws Exception {
        root = Path.of(System.getProperty("forbind.install.dir")).resolve("brokers-" + System.nanoTime());
        Files.createDirectories(root);
        run(List.of("tar", "xzf", System.getProperty("forbind.artemis.distribution"), "-C", root.toString()));
        Path artemis;
        try (var entries = Files.list(root)) {
            artemis = entries.filter(p -> p.getFileName().toString().startsWith("apache-artemis")).findFirst()
                    .orElseThrow();
        }
        String output = node.script(List.of("bin/forbind-artemis-pair", "--artemis-home", artemis.toString(),
                "--instances", root.resolve("instances").toString(), "--store", root.resolve("store").toString(),
                "--primary", "127.0.0.1:" + primaryPort, "--backup", "127.0.0.1:" + backupPort, "--memory", "512M"),
                Map.of("FORBIND_BROKER_PASSWORD", PASSWORD));
        url = output.lines().filter(l -> l.startsWith("(tcp://")).findFirst()
                .orElseThrow(() -> new AssertionError("no connection URL from forbind-artemis-pair: " + output));
    }

    /** The fail-over URL the script printed, for bin/forbind-join. */
    String url() {
        return url;
    }

    /** Starts a broker and waits until it is active (primary) or waiting as backup. */
    void start(String role) throws Exception {
        int before = readLog(role).length();
        run(List.of(instance(role).resolve("bin/artemis-service").toString(), "start"));
        String ready = role.equals("primary") ? ACTIVE : "AMQ221031"; // "backup announced"
        Await.until(role + " broker ready (" + log(role) + ")", START_TIMEOUT,
                () -> readLog(role).substring(Math.min(before, readLog(role).length())), log -> log.contains(ready));
    }

    /** Waits until the backup has taken over: its log says it is active. */
    void awaitBackupActive() throws Exception {
        Await.until("the backup active", START_TIMEOUT, () -> readLog("backup"), log -> log.contains(BACKUP_ACTIVE));
    }

    /** kill -9, as a machine that loses power. */
    void kill(String role) {
        process(role).ifPresent(ProcessHandle::destroyForcibly);
    }

    void stop(String role) throws Exception {
        Optional<ProcessHandle> process = process(role);
        run(List.of(instance(role).resolve("bin/artemis-service").toString(), "stop"));
        if (process.isPresent()) {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    @Override
    protected void after() {
        kill("backup");
        kill("primary");
    }

    private Path instance(String role) {
        return root.resolve("instances").resolve(role);
    }

    private Path log(String role) {
        return instance(role).resolve("log/artemis.log");
    }

    private String readLog(String role) {
        try {
            return Files.exists(log(role)) ? Files.readString(log(role), StandardCharsets.UTF_8) : "";
        } catch (Exception e) {
            return "";
        }
    }

    private Optional<ProcessHandle> process(String role) {
        try {
            Path pid = instance(role).resolve("data/artemis.pid");
            return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + output);
        }
    }
}
