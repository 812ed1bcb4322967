package dk.forbind.digitalpost.bench;

import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import dk.forbind.digitalpost.memo.MemoWriter;
import dk.forbind.digitalpost.sf1601.KombiRequest;
import dk.forbind.fixtures.SampleLetter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * bench/digitalpost: letters per second end to end — handed in over the letter API by an agency system until its
 * receipt says DELIVERED — side by side with posting the same kind of kombi requests straight to the simulator in
 * the same run. Prints "name: value" lines.
 *
 * <p>Arguments: node HTTPS base URL, node HTTP base URL, certificate PEM, key PEM, node CA PEM, letters, KB per letter.
 */
public final class DigitalPostBenchmark {
    private static final int THREADS = 4;

    private DigitalPostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String https = args[0];
        String http = args[1];
        SSLContext tls = PemClient.tls(args[2], args[3], args[4]);
        int letters = Integer.parseInt(args[5]);
        int kilobytes = Integer.parseInt(args[6]);
        byte[] pdf = SampleLetter.pdf(kilobytes * 1024);
        HttpClient api = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        System.out.println("digitalpost_letters: " + letters);
        System.out.println("digitalpost_letter_kb: " + kilobytes);
        List<UUID> sent = new ArrayList<>();
        Instant start = Instant.now();
        AtomicInteger refused = new AtomicInteger();
        runInParallel(letters, i -> {
            SampleLetter letter = SampleLetter.toRegisteredCitizen().withOnlyFile("brev.pdf", "application/pdf", pdf)
                    .withCaseId("BENCH-" + i);
            HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(https
                    + "/forbind/api/digitalpost/v1/letters")).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(letter.bytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                refused.incrementAndGet();
                System.err.println("refused: " + answer.statusCode() + " " + answer.body());
            }
            synchronized (sent) {
                sent.add(letter.uuid());
            }
        });
        double handedIn = seconds(start);
        for (UUID letter : sent) {
            while (!api.send(HttpRequest.newBuilder(URI.create(https + "/forbind/api/digitalpost/v1/letters/" + letter))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"status\":\"DELIVERED\"")) {
                Thread.sleep(50);
            }
        }
        double endToEnd = seconds(start);
        System.out.println("digitalpost_refused: " + refused.get());
        System.out.printf("digitalpost_hand_in_letters_per_second: %.1f%n", letters / handedIn);
        System.out.printf("digitalpost_end_to_end_seconds: %.1f%n", endToEnd);
        double e2eRate = letters / endToEnd;
        System.out.printf("digitalpost_end_to_end_letters_per_second: %.1f%n", e2eRate);

        MemoReader reader = new MemoReader(MemoLimits.defaults());
        Instant direct = Instant.now();
        runInParallel(letters, i -> {
            byte[] memo = MemoWriter.write(reader.read(SampleLetter.toRegisteredCitizen()
                    .withOnlyFile("brev.pdf", "application/pdf", pdf).bytes()));
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(http
                    + "/forbind/sim/digitalpost/kombi")).header("Content-Type", "application/xml")
                    .header("X-TransaktionsId", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(KombiRequest.digital(memo))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused a kombi request: " + answer.body());
            }
        });
        double directRate = letters / seconds(direct);
        System.out.printf("simulator_direct_kombi_per_second: %.1f%n", directRate);
        System.out.printf("digitalpost_ratio_end_to_end_to_direct: %.2f%n", e2eRate / directRate);
    }

    /** One step of a parallel run. */
    private interface Step {
        void run(int i) throws Exception;
    }

    private static void runInParallel(int count, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    step.run(i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
