package dk.forbind.itest.versioned.bench;

import dk.forbind.fixtures.SteadyProducer;
import dk.forbind.fixtures.VersionedBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.MessageConsumer;
import javax.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * bench/swap: a steady stream of numbered persistent messages through the versioned test connector on a running
 * node, swapped N times v1 -> v2 -> v1 ... by {@code forbind:connector-swap} over the node's own client; prints the
 * pauses (min / median / max) and messages per second before, during and after the swaps, and whether any message
 * was lost or doubled.
 *
 * <p>Arguments: node home, built connector jar, swaps, messages per second, seconds before and after (a warm-up
 * of the same length comes first).
 */
public final class SwapBenchmark {
    private static final Pattern PAUSE = Pattern.compile("pause: (\\d+) ms");
    private static final String ID = "itest-versioned";

    private final Path home;
    private final AtomicLong received = new AtomicLong();
    private final Map<Integer, Integer> times = new ConcurrentHashMap<>();

    private SwapBenchmark(Path home) {
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        SwapBenchmark bench = new SwapBenchmark(Path.of(args[0]).toAbsolutePath());
        bench.run(VersionedBundle.of(Files.readAllBytes(Path.of(args[1]))), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }

    private void run(VersionedBundle built, int swaps, int perSecond, int phaseSeconds) throws Exception {
        Path folder = home.resolve("bench-versions");
        Path v1 = built.withVersion(folder, "1.0.0");
        Path v2 = built.withVersion(folder, "2.0.0");
        shell("bundle:install -s " + v1.toUri());
        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory("tcp://127.0.0.1:61616",
                "forbind-broker", credential("broker"));
             Connection connection = broker.createConnection()) {
            awaitRunning();
            Session receiving = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = receiving.createConsumer(receiving.createQueue("forbind." + ID + ".out"));
            consumer.setMessageListener(m -> {
                try {
                    times.merge(m.getIntProperty("seq"), 1, Integer::sum);
                    received.incrementAndGet();
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
            connection.start();
            SteadyProducer producer = new SteadyProducer(broker, "forbind." + ID + ".in", perSecond, Integer.MAX_VALUE)
                    .start();

            rate(phaseSeconds * 1000L); // warm-up: connections, JIT
            double before = rate(phaseSeconds * 1000L);
            List<Long> pauses = new ArrayList<>();
            long swapping = System.nanoTime();
            long receivedBefore = received.get();
            for (int i = 0; i < swaps; i++) {
                String output = shell("forbind:connector-swap " + ID + " " + (i % 2 == 0 ? v2 : v1));
                Matcher m = PAUSE.matcher(output);
                if (m.find()) {
                    pauses.add(Long.parseLong(m.group(1)));
                }
            }
            double during = (received.get() - receivedBefore) / ((System.nanoTime() - swapping) / 1e9);
            double after = rate(phaseSeconds * 1000L);
            producer.stop();
            long deadline = System.currentTimeMillis() + 60_000;
            while (times.size() < producer.sent() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1000);
            report(pauses, before, during, after, producer.sent());
        }
    }

    private void report(List<Long> pauses, double before, double during, double after, int sent) {
        List<Long> sorted = pauses.stream().sorted().toList();
        System.out.println("swaps_measured: " + sorted.size());
        if (!sorted.isEmpty()) {
            System.out.println("swap_pause_ms_min: " + sorted.get(0));
            System.out.println("swap_pause_ms_median: " + sorted.get(sorted.size() / 2));
            System.out.println("swap_pause_ms_max: " + sorted.get(sorted.size() - 1));
        }
        System.out.printf("messages_per_s_before: %.0f%n", before);
        System.out.printf("messages_per_s_during_swaps: %.0f%n", during);
        System.out.printf("messages_per_s_after: %.0f%n", after);
        System.out.println("messages_sent: " + sent);
        System.out.println("messages_lost: " + (sent - times.size()));
        System.out.println("messages_doubled: " + times.values().stream().filter(n -> n > 1).count());
    }

    private double rate(long millis) throws InterruptedException {
        long from = received.get();
        Thread.sleep(millis);
        return (received.get() - from) * 1000.0 / millis;
    }

    private void awaitRunning() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (shell("forbind:connectors").matches("(?s).*" + ID + "\\s+\\|[^\\n]*RUNNING.*")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("connector " + ID + " did not start");
    }

    /** Runs a command in the node's shell with its own client, as an operator does. */
    private String shell(String command) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-u", "admin", "-p",
                credential("admin"), "-r", "10", command).redirectErrorStream(true).start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (client.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output;
    }

    private String credential(String name) throws IOException {
        return Files.readAllLines(home.resolve("etc/forbind-credentials.properties")).stream()
                .filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1)).findFirst()
                .orElseThrow();
    }
}
