package dk.forbind.digitalpost.delivery;

import dk.forbind.api.DataSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Registration look-ups, each answer trusted for a short while: a batch of letters to the same recipients asks
 * the register once per recipient. The cache is bounded; when full, it starts afresh.
 */
public final class RegistrationLookup {
    static final int MAX_ENTRIES = 100_000;

    private record Answer(RegistrationStatus status, Instant until) {
    }

    private final Function<DataSubject, RegistrationStatus> register;
    private final Duration trusted;
    private final Clock clock;
    private final Map<DataSubject, Answer> answers = new ConcurrentHashMap<>();

    public RegistrationLookup(Function<DataSubject, RegistrationStatus> register, Duration trusted, Clock clock) {
        this.register = register;
        this.trusted = trusted;
        this.clock = clock;
    }

    public RegistrationStatus statusOf(DataSubject recipient) {
        Instant now = clock.instant();
        Answer known = answers.get(recipient);
        if (known != null && now.isBefore(known.until())) {
            return known.status();
        }
        RegistrationStatus status = register.apply(recipient);
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(recipient, new Answer(status, now.plus(trusted)));
        return status;
    }
}
