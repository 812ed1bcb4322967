package dk.forbind.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SourceAnswer;
import dk.forbind.api.overview.SubjectSources;
import dk.forbind.api.overview.Wording;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelAskTest {
    private static final DataSubject ME = DataSubject.cpr("0101701234");
    private static final DataSubject MY_CHILD = DataSubject.cpr("0202151234");
    private static final ForbindPrincipal CITIZEN = new ForbindPrincipal("mitid:me", Set.of(ForbindRole.CITIZEN), ME,
            Set.of(MY_CHILD), NsisLevel.SUBSTANTIAL);

    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final CountDownLatch slowMayAnswer = new CountDownLatch(1);

    @AfterEach
    void stop() {
        slowMayAnswer.countDown();
        threads.shutdownNow();
    }

    @Test
    void eachSourceAnswersOrIsMarkedNotAvailableAndTheWholeWaitsNoLongerThanTheTimeOut() {
        ParallelAsk ask = new ParallelAsk(new Sources(Map.of(
                "fast", subject -> held("row of " + subject.id()),
                "down", subject -> {
                    throw new DependencyUnavailableException("down", "connector down is stopped");
                },
                "a-slow", subject -> {
                    slowMayAnswer.await(10, TimeUnit.SECONDS);
                    return held("late");
                })), threads, Duration.ofMillis(400), Clock.systemUTC());

        long began = System.nanoTime();
        Overview overview = ask.of(CITIZEN, ME);
        long tookMs = (System.nanoTime() - began) / 1_000_000;

        assertTrue(tookMs < 5_000, "waited " + tookMs + " ms for a source that never answers");
        assertTrue(overview.partial());
        assertEquals(List.of("a-slow", "down", "fast"), overview.sources().stream().map(s -> s.source().connector())
                .toList());
        SourceAnswer slow = overview.sources().get(0);
        SourceAnswer down = overview.sources().get(1);
        SourceAnswer fast = overview.sources().get(2);
        assertEquals(SourceAnswer.Status.UNAVAILABLE, down.status());
        assertEquals("connector down is stopped", down.reason());
        assertEquals(SourceAnswer.Status.ANSWERED, fast.status());
        assertEquals("row of 0101701234", fast.answer().orElseThrow().items().get(0).fields().get(0).value().da());
        assertEquals(SourceAnswer.Status.TIMED_OUT, slow.status());
        assertTrue(slow.answer().isEmpty());
        assertTrue(slow.took().toMillis() >= 400, slow.took().toString());
        assertTrue(fast.took().toMillis() < 400, "each source's own time, not its wait behind the slow one: "
                + fast.took());
    }

    @Test
    void aRepresentativeAsksAboutTheRepresentedAndNoOneElse() {
        ParallelAsk ask = new ParallelAsk(new Sources(Map.of("fast", subject -> held(subject.id()))), threads,
                Duration.ofSeconds(2), Clock.systemUTC());

        Overview child = ask.of(CITIZEN, MY_CHILD);
        assertFalse(child.partial());
        assertEquals(MY_CHILD, child.subject());
        assertEquals("0202151234", child.sources().get(0).answer().orElseThrow().items().get(0).fields().get(0)
                .value().da());
        assertThrows(IllegalArgumentException.class, () -> ask.of(CITIZEN, DataSubject.cpr("0303801234")));
    }

    private static Holdings held(String value) {
        return new Holdings(List.of(new HeldItem(Wording.of("row"),
                List.of(HeldField.of("Værdi", "Value", value)))));
    }

    private interface Lookup {
        Holdings of(DataSubject subject) throws Exception;
    }

    private record Sources(Map<String, Lookup> lookups) implements SubjectSources {
        @Override
        public List<Source> sources() {
            return lookups.keySet().stream().sorted().map(id -> new Source(id, "29190623", Wording.of(id))).toList();
        }

        @Override
        public Holdings ask(String connector, DataSubject subject, ForbindPrincipal asker) throws Exception {
            return lookups.get(connector).of(subject);
        }
    }
}
