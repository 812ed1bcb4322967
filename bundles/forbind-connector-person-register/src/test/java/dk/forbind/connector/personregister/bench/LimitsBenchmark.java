package dk.forbind.connector.personregister.bench;

import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * bench/limits: the ceilings of this machine for the CPR flow, measured side by side in one run — (a) the broker
 * alone with commits every 1, 100 and 500 messages, (b) the database alone with batched upserts on H2 and, when
 * {@code FORBIND_BENCH_POSTGRESQL_URL} names one, PostgreSQL. One "name: value" line per figure.
 *
 * <p>Arguments: the distribution's {@code etc/artemis.xml}, a scratch folder.
 */
public final class LimitsBenchmark {
    private static final int[] COMMIT_EVERY = {1, 100, 500};

    private LimitsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path artemisXml = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        String body = SamplePersons.person(1).toString();
        try (BrokerLimits broker = new BrokerLimits(artemisXml, scratch.resolve("artemis"), freePort())) {
            broker.sendAndReceive("bench.limits.warmup", 5_000, 100, body);
            for (int n : COMMIT_EVERY) {
                int messages = n == 1 ? 5_000 : 40_000;
                System.out.printf("artemis_persistent_send_receive_commit_every_%d_msgs_per_s: %.0f%n", n,
                        broker.sendAndReceive("bench.limits." + n, messages, n, body));
            }
        }
        List<SamplePerson> persons = SamplePersons.range(100_000, 50_000);
        String h2 = "jdbc:h2:file:" + scratch.resolve("h2/forbind") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String postgresql = System.getenv("FORBIND_BENCH_POSTGRESQL_URL");
        report("h2", h2, persons);
        if (postgresql != null && !postgresql.isBlank()) {
            report("postgresql", postgresql, persons);
        } else {
            System.out.println("postgresql: not measured (set FORBIND_BENCH_POSTGRESQL_URL=jdbc:postgresql://...)");
        }
        try (BrokerLimits broker = new BrokerLimits(artemisXml, scratch.resolve("artemis-flow"), freePort())) {
            flow("h2", broker, h2.replace("h2/forbind", "h2-flow/forbind"), SamplePersons.range(200_000, 20_000));
            if (postgresql != null && !postgresql.isBlank()) {
                flow("postgresql", broker, postgresql, SamplePersons.range(300_000, 20_000));
            }
        }
    }

    private static void report(String name, String url, List<SamplePerson> persons) throws Exception {
        try (DatabaseLimits database = new DatabaseLimits(url)) {
            database.upsert(SamplePersons.range(900_000, 5_000), 500); // warm-up, other persons
            System.out.printf("%s_batched_insert_rows_per_s: %.0f%n", name, database.upsert(persons, 500));
            System.out.printf("%s_batched_upsert_existing_rows_per_s: %.0f%n", name, database.upsert(persons, 500));
        }
    }

    /** (c) the flow in plain JMS + JDBC, batches of 500. */
    private static void flow(String name, BrokerLimits broker, String url, List<SamplePerson> file) throws Exception {
        try (DatabaseLimits persons = new DatabaseLimits(url)) {
            System.out.printf("%s_raw_cpr_flow_model_persons_per_s: %.0f%n", name,
                    new FlowModel(broker.connectionFactory(), persons, url, 500).run(file));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
