package dk.forbind.connector.housing.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker in front of the case system (resilience4j): when too many of the latest calls failed —
 * unavailable, timed out, Server faults; not the system's business answers — it opens and keeps every call away
 * for a while, then lets a few trial calls through and closes again when they pass. One breaker guards every call,
 * the citizens' look-ups and the queued applications alike, so a dead or drowning system is not hammered.
 */
public final class CaseSystemBreaker {
    private static final Logger LOG = LoggerFactory.getLogger(CaseSystemBreaker.class);

    /** How the breaker judges. */
    public record Settings(int failureRatePercent, int window, int minimumCalls, Duration open, int trialCalls) {
    }

    private final CircuitBreaker breaker;
    private final Duration open;
    private final Clock clock;
    private volatile Instant openedAt = Instant.EPOCH;

    public CaseSystemBreaker(Settings settings, Clock clock) {
        this.open = settings.open();
        this.clock = clock;
        this.breaker = CircuitBreaker.of(CaseSystemClient.DEPENDENCY, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(1, settings.window()))
                .minimumNumberOfCalls(Math.max(1, settings.minimumCalls()))
                .failureRateThreshold(Math.min(100, Math.max(1, settings.failureRatePercent())))
                .waitDurationInOpenState(settings.open())
                .permittedNumberOfCallsInHalfOpenState(Math.max(1, settings.trialCalls()))
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordExceptions(CaseSystemUnavailable.class, CaseSystemFailure.class)
                .ignoreExceptions(CaseSystemRefusal.class, CaseNotFound.class)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                openedAt = clock.instant();
                LOG.warn("Circuit breaker of the housing case system OPEN: {} % of the latest {} calls failed; no calls"
                        + " for {} s", Math.round(breaker.getMetrics().getFailureRate()),
                        breaker.getMetrics().getNumberOfBufferedCalls(), open.toSeconds());
            } else {
                LOG.info("Circuit breaker of the housing case system {}", to);
            }
        });
    }

    /** Runs the call through the breaker; a call it keeps away is a {@link CaseSystemUnavailable}. */
    <T> T call(Callable<T> call) {
        try {
            return breaker.executeCallable(call);
        } catch (CallNotPermittedException refused) {
            throw new CaseSystemUnavailable("the case system failed too often lately; its circuit breaker keeps"
                    + " calls away for " + remainingOpen() + " s", remainingOpen());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CaseSystemFailure("the case system call failed: " + e, false);
        }
    }

    /** Why calls are kept away now, or empty while the breaker lets them through. */
    public Optional<String> problem() {
        CircuitBreaker.State state = breaker.getState();
        if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
            return Optional.of("circuit breaker open (" + Math.round(breaker.getMetrics().getFailureRate())
                    + " % of the latest calls failed); trial calls in " + remainingOpen() + " s");
        }
        return Optional.empty();
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** Failure rate of the latest calls in percent, or -1 before the breaker judges. */
    public float failureRate() {
        return breaker.getMetrics().getFailureRate();
    }

    public int bufferedCalls() {
        return breaker.getMetrics().getNumberOfBufferedCalls();
    }

    private int remainingOpen() {
        long left = open.minus(Duration.between(openedAt, clock.instant())).toSeconds();
        return (int) Math.max(1, Math.min(left, open.toSeconds()));
    }
}
