package dk.forbind.transparency.bench;

import dk.forbind.api.DataSubject;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import dk.forbind.fixtures.TestDatabases;
import dk.forbind.transparency.chain.CheckpointSigner;
import dk.forbind.transparency.chain.RegistryKeys;
import dk.forbind.transparency.chain.SubjectKey;
import dk.forbind.transparency.store.ChainVerifier;
import dk.forbind.transparency.store.EventLog;
import dk.forbind.transparency.store.RegistrySchema;
import dk.forbind.transparency.store.UsageQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The registry's numbers, printed as "name: value" lines (run through bench/transparency):
 * append throughput with the hash chain against the same inserts without it, in one run, and the
 * citizen query latency with 100k and 1M stored events. Not a test: nothing here asserts speed.
 */
public final class RegistryBenchmark {
    private static final int BATCH = 500;
    private static final int CITIZENS = 20_000;
    private static final int QUERIES = 300;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int appendEvents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "bench/work-transparency"));
        Path keys = Files.createTempDirectory(work, "keys");
        CheckpointSigner signer = new CheckpointSigner(RegistryKeys.signingKey(keys.resolve("s.pem"),
                keys.resolve("s.pub.pem")));
        SubjectKey subjectKey = new SubjectKey(RegistryKeys.subjectSecret(keys.resolve("subject.key")));
        System.out.println("database: " + database);

        DataSource chainedDb = database(database, work, "chained");
        DataSource plainDb = database(database, work, "plain");
        EventLog chained = new EventLog(chainedDb, subjectKey, signer, Clock.systemUTC(), 1000);
        EventLog plain = EventLog.unchainedForBenchmark(plainDb, subjectKey);
        append(chained, 20_000, 1);   // warm-up, not counted
        append(plain, 20_000, 1);
        double withChain = append(chained, appendEvents, 2);
        double withoutChain = append(plain, appendEvents, 2);
        System.out.printf("append.chained.events_per_s: %.0f%n", withChain);
        System.out.printf("append.unchained.events_per_s: %.0f%n", withoutChain);
        System.out.printf("append.chained_to_unchained_ratio: %.2f%n", withChain / withoutChain);

        UsageQuery usage = new UsageQuery(chainedDb);
        fillTo(chained, chainedDb, 100_000);
        query(usage, subjectKey, "100k");
        fillTo(chained, chainedDb, 1_000_000);
        query(usage, subjectKey, "1m");
        long started = System.nanoTime();
        var verification = new ChainVerifier(chainedDb, signer, Clock.systemUTC()).verify();
        System.out.printf("verify.1m.seconds: %.1f (%s)%n", (System.nanoTime() - started) / 1e9,
                verification.ok() ? "OK" : verification.summary());
    }

    private static DataSource database(String kind, Path work, String name) throws Exception {
        DataSource db;
        if ("postgresql".equals(kind)) {
            db = TestDatabases.postgresql();
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            Files.deleteIfExists(work.resolve(name + ".mv.db"));
            // the distribution's settings (etc/org.ops4j.datasource-forbind.cfg); its connection pool keeps
            // the database open, which DB_CLOSE_DELAY does here (else every connection re-opens the file)
            h2.setURL("jdbc:h2:file:" + work.toAbsolutePath().resolve(name) + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
            db = h2;
        }
        RegistrySchema.createIfMissing(db);
        return db;
    }

    /** Appends events in batches of 500; returns events per second. */
    private static double append(EventLog log, int events, int seed) throws Exception {
        Random random = new Random(seed);
        long started = System.nanoTime();
        List<DataAccessEvent> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < events; i++) {
            batch.add(SampleAccessEvents.about(cpr(random.nextInt(CITIZENS)), T0.plusSeconds(i)));
            if (batch.size() == BATCH) {
                log.append(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            log.append(batch);
        }
        return events / ((System.nanoTime() - started) / 1e9);
    }

    private static void fillTo(EventLog log, DataSource db, long total) throws Exception {
        long stored;
        try (var c = db.getConnection(); var rows = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM " + RegistrySchema.EVENTS)) {
            rows.next();
            stored = rows.getLong(1);
        }
        if (stored < total) {
            double rate = append(log, (int) (total - stored), (int) total);
            System.out.printf("fill.to.%d.events_per_s: %.0f%n", total, rate);
        }
    }

    /** A citizen's first page (100 newest records plus the total), as GET usage runs it. */
    private static void query(UsageQuery usage, SubjectKey keys, String label) throws Exception {
        Random random = new Random(7);
        long[] micros = new long[QUERIES];
        long records = 0;
        for (int i = 0; i < QUERIES; i++) {
            String key = keys.of(DataSubject.cpr(cpr(random.nextInt(CITIZENS))));
            long started = System.nanoTime();
            UsageQuery.Page page = usage.page(new UsageQuery.Filter(key, Instant.EPOCH,
                    Instant.parse("9999-01-01T00:00:00Z"), null, null, Instant.now()), 0, 100);
            micros[i] = (System.nanoTime() - started) / 1000;
            records += page.total();
        }
        Arrays.sort(micros);
        System.out.printf("query.%s.records_per_citizen_avg: %.1f%n", label, records / (double) QUERIES);
        System.out.printf("query.%s.p50_ms: %.2f%n", label, micros[QUERIES / 2] / 1000.0);
        System.out.printf("query.%s.p95_ms: %.2f%n", label, micros[QUERIES * 95 / 100] / 1000.0);
        System.out.printf("query.%s.max_ms: %.2f%n", label, micros[QUERIES - 1] / 1000.0);
    }

    private static String cpr(int n) {
        return String.format("%06d%04d", 10170 + n / 10_000, n % 10_000);
    }
}
