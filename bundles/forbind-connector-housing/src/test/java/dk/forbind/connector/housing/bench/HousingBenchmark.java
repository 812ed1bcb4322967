package dk.forbind.connector.housing.bench;

import dk.forbind.connector.housing.client.CaseSystemBreaker;
import dk.forbind.connector.housing.client.CaseSystemClient;
import dk.forbind.soap.SoapSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The housing benchmark's measuring part (bench/housing starts the node): citizens' look-ups REST → Forbind → SOAP
 * side by side with the same look-ups sent straight to the simulated case system (the connector's own signed SOAP
 * client, without the REST API, the routes and the transparency capture), their p50/p99 latency, and how fast
 * applications are accepted while the case system is down. Prints one "name: value" line per figure.
 */
public final class HousingBenchmark {
    private static final int CITIZENS = 20;

    private final String node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HousingBenchmark(String node) {
        this.node = node;
    }

    /** node keystore password lookups concurrency applications */
    public static void main(String[] args) throws Exception {
        HousingBenchmark bench = new HousingBenchmark(args[0]);
        char[] password = args[2].toCharArray();
        CaseSystemClient direct = new CaseSystemClient(URI.create(args[0] + "/forbind/sim/housing/cases"),
                Duration.ofSeconds(5), Duration.ofSeconds(30), new CaseSystemBreaker(new CaseSystemBreaker.Settings(
                        100, 100, 100, Duration.ofSeconds(1), 1), Clock.systemUTC()),
                List.of(SoapSignature.signing(SoapSignature.keystore(Path.of(args[1]), password), "forbind-node",
                        password)));
        int lookups = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int applications = Integer.parseInt(args[5]);
        bench.run(direct, lookups, concurrency, applications);
        System.exit(0);
    }

    private void run(CaseSystemClient direct, int lookups, int concurrency, int applications) throws Exception {
        System.out.println("# " + lookups + " look-ups with " + concurrency + " clients; " + CITIZENS + " citizens with"
                + " one case each; " + applications + " applications while the case system is down");
        List<String> citizens = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            citizens.add(String.format("%02d0190%04d", i + 1, 1000 + i));
            post(citizens.get(i));
        }
        awaitCases(CITIZENS);
        measure("warmup", Math.min(lookups, 500), concurrency, i -> rest(citizens.get(i % CITIZENS)));
        measure("warmup", Math.min(lookups, 500), concurrency, i -> direct.cases(citizens.get(i % CITIZENS)));
        double viaForbind = measure("forbind_lookup", lookups, concurrency, i -> rest(citizens.get(i % CITIZENS)));
        double straight = measure("direct_soap_lookup", lookups, concurrency,
                i -> direct.cases(citizens.get(i % CITIZENS)));
        System.out.println(String.format(Locale.ROOT, "lookup_ratio_forbind_to_direct: %.2f", viaForbind / straight));

        mode("DOWN");
        int before = cases();
        long started = System.nanoTime();
        runAll(applications, concurrency, i -> post(citizens.get(i % CITIZENS)));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(String.format(Locale.ROOT, "applications_accepted_while_down_per_s: %.0f",
                applications / seconds));
        mode("NORMAL");
        long recovering = System.nanoTime();
        awaitCases(before + applications);
        System.out.println(String.format(Locale.ROOT, "queued_applications_submitted_after_recovery_s: %.1f",
                (System.nanoTime() - recovering) / 1e9));
    }

    /** A task of the benchmark: one look-up or application, numbered. */
    private interface Task {
        void run(int index) throws Exception;
    }

    private double measure(String name, int count, int concurrency, Task task) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        runAll(count, concurrency, i -> {
            long begin = System.nanoTime();
            task.run(i);
            latencies.add(System.nanoTime() - begin);
        });
        double perSecond = count / ((System.nanoTime() - started) / 1e9);
        if (!name.equals("warmup")) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.println(String.format(Locale.ROOT, "%s_per_s: %.0f", name, perSecond));
            System.out.println(String.format(Locale.ROOT, "%s_p50_ms: %.1f", name, sorted.get(sorted.size() / 2) / 1e6));
            System.out.println(String.format(Locale.ROOT, "%s_p99_ms: %.1f", name,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6));
        }
        return perSecond;
    }

    private static void runAll(int count, int concurrency, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private void rest(String cpr) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(node
                + "/forbind/api/housing/v1/cases")).header("Authorization", "Development citizen=" + cpr).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("look-up answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void post(String cpr) throws Exception {
        String form = "{\"address\": {\"street\": \"Vestergade\", \"houseNumber\": \"12\", \"postalCode\": \"8000\","
                + " \"city\": \"Aarhus C\"}, \"monthlyRent\": 6500, \"areaSquareMetres\": 68, \"adults\": 1,"
                + " \"children\": 1, \"householdIncome\": 210000, \"moveInDate\": \""
                + LocalDate.now().withDayOfMonth(1) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/forbind/api/housing/v1/applications"))
                .header("Authorization", "Development citizen=" + cpr).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("application answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void mode(String mode) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(node + "/forbind/sim/housing/mode"))
                .PUT(HttpRequest.BodyPublishers.ofString(mode)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How many cases the simulated case system holds. */
    private int cases() throws Exception {
        String home = http.send(HttpRequest.newBuilder(URI.create(node + "/forbind/sim/housing/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Integer.parseInt(home.replaceAll("(?s).*, (\\d+) cases.*", "$1"));
    }

    private void awaitCases(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (cases() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + cases() + " of " + count + " cases after 10 minutes");
            }
            Thread.sleep(100);
        }
    }
}
