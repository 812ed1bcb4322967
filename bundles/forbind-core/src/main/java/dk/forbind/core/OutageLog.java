package dk.forbind.core;

import dk.forbind.api.UntrustedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * Logs a failing activity the way an operator wants it: one line when it starts failing, a reminder every few
 * minutes while it keeps failing, one line when it works again — never one per attempt.
 */
public final class OutageLog {
    private final Logger log;
    private final String what;
    private final Duration reminder;
    private final Clock clock;
    private Instant since;
    private Instant lastLine;

    /** @param what the activity, as the start of a sentence, e.g. {@code "Transparency intake"} */
    public OutageLog(Logger log, String what, Duration reminder, Clock clock) {
        this.log = log;
        this.what = what;
        this.reminder = reminder;
        this.clock = clock;
    }

    public OutageLog(Logger log, String what) {
        this(log, what, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** An attempt failed; {@code consequence} says what happens meanwhile (e.g. "events wait on the broker"). */
    public synchronized void failed(String problem, String consequence) {
        Instant now = clock.instant();
        if (since == null) {
            since = now;
            lastLine = now;
            log.warn("{} failing: {}; {}", what, UntrustedText.forLog(problem), consequence);
        } else if (Duration.between(lastLine, now).compareTo(reminder) >= 0) {
            lastLine = now;
            log.warn("{} still failing after {} s: {}; {}", what, Duration.between(since, now).toSeconds(),
                    UntrustedText.forLog(problem), consequence);
        }
    }

    /** An attempt worked: if it had been failing, says so once. */
    public synchronized void worked() {
        if (since != null) {
            log.info("{} works again after {} s", what, Duration.between(since, clock.instant()).toSeconds());
            since = null;
        }
    }
}
