package dk.forbind.connector.housing.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.connector.housing.application.ApplicationFormTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case system client over real SOAP: what each answer of the case system means for the connector, and the
 * circuit breaker that keeps calls away from a failing system and lets them through again once it answers.
 */
class CaseSystemClientTest {
    private static final ScriptedCaseSystem CASE_SYSTEM = new ScriptedCaseSystem();
    private static Server server;
    private static URI url;

    @BeforeAll
    static void publish() throws IOException {
        url = URI.create("http://localhost:" + freePort() + "/cases");
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setServiceBean(CASE_SYSTEM);
        factory.setAddress(url.toString());
        server = factory.create();
    }

    @AfterAll
    static void stop() {
        server.destroy();
    }

    @BeforeEach
    void answerNormally() {
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.NORMAL;
    }

    @Test
    void anApplicationOpensACase() {
        assertEquals("BS-2026-000042", client(breaker(10)).submit(ApplicationFormTest.validApplication()).getCaseId());
    }

    @Test
    void theValidationFaultIsARefusalWithEveryProblemAndCprNumbersMasked() {
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.VALIDATION;
        CaseSystemRefusal refused = assertThrows(CaseSystemRefusal.class,
                () -> client(breaker(10)).submit(ApplicationFormTest.validApplication()));
        assertEquals(List.of("PostalCode 0555 is not a Danish postal code", "ApplicantCpr 010190**** has no such"
                + " person"), refused.problems());
    }

    @Test
    void anUnknownCaseIsNoneAndAnEmptyListIsEmpty() {
        CaseSystemClient client = client(breaker(10));
        assertEquals("BS-2026-000001", client.find("0101901234", "BS-2026-000001").orElseThrow().getCaseId());
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.UNKNOWN;
        assertEquals(Optional.empty(), client.find("0101901234", "BS-2026-000001"));
        assertEquals(List.of(), client.cases("0101901234"));
    }

    @Test
    void busyIsUnavailableWithTheSystemsRetryAfter() {
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.BUSY;
        CaseSystemUnavailable busy = assertThrows(CaseSystemUnavailable.class,
                () -> client(breaker(10)).cases("0101901234"));
        assertEquals(7, busy.retryAfterSeconds());
        assertEquals(CaseSystemClient.DEPENDENCY, busy.dependency());
    }

    @Test
    void aSystemThatDoesNotListenIsUnavailable() throws IOException {
        CaseSystemClient nobody = new CaseSystemClient(URI.create("http://localhost:" + freePort() + "/cases"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), breaker(10), List.of());
        assertThrows(CaseSystemUnavailable.class, () -> nobody.cases("0101901234"));
    }

    @Test
    void noAnswerInTimeIsAFailureWithoutACauseThePlatformWouldTakeForAnOutage() {
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.LATE;
        CaseSystemClient impatient = new CaseSystemClient(url, Duration.ofSeconds(1), Duration.ofMillis(300),
                breaker(10), List.of());
        CaseSystemFailure late = assertThrows(CaseSystemFailure.class, () -> impatient.cases("0101901234"));
        assertTrue(late.timeout(), late.getMessage());
        assertEquals(null, late.getCause());
    }

    @Test
    void theBreakerOpensAfterFailuresKeepsCallsAwayThenLetsTrialsThroughAndCloses() throws InterruptedException {
        CaseSystemBreaker breaker = new CaseSystemBreaker(new CaseSystemBreaker.Settings(50, 4, 4,
                Duration.ofMillis(1500), 2), Clock.systemUTC());
        CaseSystemClient client = client(breaker);
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.BUSY;
        for (int i = 0; i < 4; i++) {
            assertThrows(CaseSystemUnavailable.class, () -> client.cases("0101901234"));
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        int reached = CASE_SYSTEM.calls.get();
        CaseSystemUnavailable keptAway = assertThrows(CaseSystemUnavailable.class, () -> client.cases("0101901234"));
        assertTrue(keptAway.getMessage().contains("circuit breaker"), keptAway.getMessage());
        assertEquals(reached, CASE_SYSTEM.calls.get(), "no call reached the system while open");
        assertTrue(breaker.problem().isPresent());

        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.NORMAL;
        Thread.sleep(2000);
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        client.cases("0101901234");
        client.cases("0101901234");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertEquals(Optional.empty(), breaker.problem());
    }

    @Test
    void refusalsDoNotOpenTheBreaker() {
        CaseSystemBreaker breaker = new CaseSystemBreaker(new CaseSystemBreaker.Settings(50, 4, 4,
                Duration.ofSeconds(30), 2), Clock.systemUTC());
        CASE_SYSTEM.answer = ScriptedCaseSystem.Answer.VALIDATION;
        for (int i = 0; i < 6; i++) {
            assertThrows(CaseSystemRefusal.class, () -> client(breaker).cases("0101901234"));
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    private static CaseSystemClient client(CaseSystemBreaker breaker) {
        return new CaseSystemClient(url, Duration.ofSeconds(1), Duration.ofSeconds(5), breaker, List.of());
    }

    private static CaseSystemBreaker breaker(int window) {
        return new CaseSystemBreaker(new CaseSystemBreaker.Settings(50, window, window, Duration.ofSeconds(30), 2),
                Clock.systemUTC());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
