package dk.forbind.citizen.bench;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.DataAccessEventJson;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.jms.Connection;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * bench/overview's driver, against a running development node: the holdings API's latency with its three sources
 * answering, with one slower than the time-out, and with one slow but in time; then the registry filled to RECORDS
 * records through the broker, and the usage page's time for a logged-in citizen (first page, filtered, deep page).
 * Prints "name: value" lines.
 */
public final class OverviewBenchmark {
    private static final String CITIZEN = "0101901234";
    private static final String[][] AUTHORITIES = {{"29190623", "Boligstøtte"}, {"55555555", "Skattestyrelsen"},
        {"19435075", "Københavns Kommune"}, {"29189919", "Aarhus Kommune"}, {"11111111", "Udbetaling Danmark"}};
    private static final int CITIZEN_SHARE = 500; // one record in this many is the bench citizen's
    private static final String APPLICATION = "{\"address\":{\"street\":\"Vestergade\",\"houseNumber\":\"12\","
            + "\"postalCode\":\"8000\",\"city\":\"Aarhus C\"},\"monthlyRent\":6500,\"areaSquareMetres\":68,"
            + "\"adults\":1,\"children\":0,\"householdIncome\":210000,\"moveInDate\":\"2026-12-01\"}";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    private OverviewBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        OverviewBenchmark bench = new OverviewBenchmark(args[0]);
        int records = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        bench.seed(args[1], args[2]);
        bench.holdings("all_answering", requests, "NORMAL");
        bench.holdings("one_slow_within_timeout", Math.max(10, requests / 10), "SLOW 1000");
        bench.holdings("one_slow_beyond_timeout", Math.max(10, requests / 10), "SLOW 5000");
        bench.caseSystem("NORMAL");
        bench.fill(args[1], args[2], records);
        bench.usagePages(requests);
    }

    /** The citizen in the person register and with a housing-benefit application, so each source has something. */
    private void seed(String brokerUrl, String brokerPassword) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, "forbind-broker",
                brokerPassword); Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("forbind.person-register.in")).send(session.createTextMessage(
                    new PersonRecord(CITIZEN, "Bench", "Borgersen", "Vestergade 12", "8000", "Aarhus C").toJson()));
        }
        HttpResponse<String> applied = http.send(HttpRequest.newBuilder(URI.create(base
                + "/forbind/api/housing/v1/applications")).header("Authorization", "Development citizen=" + CITIZEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (applied.statusCode() != 202) {
            throw new IllegalStateException("the application was refused: " + applied.body());
        }
        Thread.sleep(3000);
    }

    private void holdings(String label, int requests, String mode) throws Exception {
        caseSystem(mode);
        get("/forbind/api/overview/v1/holdings", true); // warm
        long[] ms = new long[requests];
        int timedOut = 0;
        for (int i = 0; i < requests; i++) {
            long began = System.nanoTime();
            String body = get("/forbind/api/overview/v1/holdings", true);
            ms[i] = (System.nanoTime() - began) / 1_000_000;
            timedOut += body.contains("\"TIMED_OUT\"") ? 1 : 0;
        }
        print("holdings." + label, ms);
        System.out.println("holdings." + label + ".timed_out: " + timedOut + " of " + requests);
    }

    /** RECORDS events onto the registry's queue, the citizen's last, then waits until the intake has stored them. */
    private void fill(String brokerUrl, String brokerPassword, int records) throws Exception {
        long citizenBefore = citizenRecords();
        int citizenEvents = records / CITIZEN_SHARE;
        Random random = new Random(11);
        long began = System.nanoTime();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, "forbind-broker",
                brokerPassword); Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("forbind.transparency.events"));
            for (int i = 0; i < records; i++) {
                boolean citizens = i >= records - citizenEvents;
                TextMessage message = session.createTextMessage(DataAccessEventJson.write(event(random,
                        citizens ? CITIZEN : otherCitizen(random))));
                message.setStringProperty(ForbindHeaders.CORRELATION_ID, UUID.randomUUID().toString());
                producer.send(message);
                if (i % 1000 == 999) {
                    session.commit();
                }
            }
            session.commit();
        }
        double sent = (System.nanoTime() - began) / 1e9;
        while (citizenRecords() < citizenBefore + citizenEvents) {
            Thread.sleep(1000);
        }
        double stored = (System.nanoTime() - began) / 1e9;
        System.out.printf("registry.records_added: %d%nregistry.send_seconds: %.1f%nregistry.stored_seconds: %.1f%n"
                + "registry.intake_events_per_s: %.0f%n", records, sent, stored, records / stored);
    }

    private void usagePages(int requests) throws Exception {
        logIn();
        System.out.println("usage_page.citizen_records: " + citizenRecords());
        for (Map.Entry<String, String> page : Map.of("first", "", "filtered", "?type=DATA_REQUEST&myndighed="
                + AUTHORITIES[1][0], "deep", "?side=40").entrySet()) {
            String path = "/forbind/borger/brug" + page.getValue();
            if (!get(path, false).contains("<table")) {
                throw new IllegalStateException("no usage table at " + path);
            }
            long[] ms = new long[requests];
            for (int i = 0; i < requests; i++) {
                long began = System.nanoTime();
                get(path, false);
                ms[i] = (System.nanoTime() - began) / 1_000_000;
            }
            print("usage_page." + page.getKey(), ms);
        }
    }

    /** Through the pages' log-in and the simulator's form, as a browser does. */
    private void logIn() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/forbind/borger/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> fields = Arrays.stream(form.uri().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        fields.put("cpr", CITIZEN);
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> data = http.send(HttpRequest.newBuilder(form.uri().resolve("authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                        .ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!data.uri().getPath().endsWith("/forbind/borger/data")) {
            throw new IllegalStateException("log-in ended at " + data.uri() + ": " + data.statusCode());
        }
    }

    private long citizenRecords() throws Exception {
        JsonObject usage = (JsonObject) Jsoner.deserialize(get("/forbind/api/transparency/v1/usage?limit=1", true));
        return usage.getLong("total");
    }

    private void caseSystem(String mode) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/forbind/sim/housing/mode"))
                .PUT(HttpRequest.BodyPublishers.ofString(mode)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path, boolean asCitizen) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (asCitizen) {
            request.header("Authorization", "Development citizen=" + CITIZEN);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static DataAccessEvent event(Random random, String cpr) {
        String[] authority = AUTHORITIES[random.nextInt(AUTHORITIES.length)];
        ProcessingType type = ProcessingType.values()[random.nextInt(ProcessingType.values().length)];
        return new DataAccessEvent(UUID.randomUUID().toString(), Instant.now().minusSeconds(random.nextInt(
                63_000_000)), DataSubject.cpr(cpr), type, "Benchmark: handling the citizen's case",
                "GDPR art. 6(1)(e)", List.of("CPR number", "address"), new InitiatorOrg(authority[0], authority[1],
                "bench"), null, null, null, "bench", UUID.randomUUID().toString(), "BENCH-" + random.nextInt(1000),
                false, null, null);
    }

    /** One of 50,000 other citizens (valid CPR numbers: a real date, a serial). */
    private static String otherCitizen(Random random) {
        int n = random.nextInt(50_000);
        return String.format("%02d%02d%02d%04d", 1 + n % 28, 1 + n / 28 % 12, 50 + n / 336 % 50, n % 10_000);
    }

    private static void print(String label, long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s.p50_ms: %d%n%s.p95_ms: %d%n%s.max_ms: %d%n", label, sorted[sorted.length / 2], label,
                sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)], label, sorted[sorted.length - 1]);
    }
}
