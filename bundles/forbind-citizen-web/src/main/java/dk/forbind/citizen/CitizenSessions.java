package dk.forbind.citizen;

import dk.forbind.citizen.login.LoginAttempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of this node, in memory: a session ends after its idle time without a request, or its longest life
 * after it began, whichever comes first; ended sessions are swept out as new ones begin. A restart of the node logs
 * everyone out. Ids are 256 random bits.
 */
final class CitizenSessions {
    private final Map<String, CitizenSession> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration longest;
    private final int max;
    private final Clock clock;

    CitizenSessions(Duration idle, Duration longest, int max, Clock clock) {
        this.idle = idle;
        this.longest = longest;
        this.max = max;
        this.clock = clock;
    }

    /** The live session of this id, marked as seen now. */
    Optional<CitizenSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        CitizenSession session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (ended(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    /** @throws IllegalStateException when the node holds as many sessions as it may */
    CitizenSession begin(Locale language) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> ended(s, now));
        if (sessions.size() >= max) {
            throw new IllegalStateException("the node holds " + max + " sessions, its most (sessions.max)");
        }
        CitizenSession session = new CitizenSession(LoginAttempt.random(), now, language);
        sessions.put(session.id(), session);
        return session;
    }

    /** The session under a new id; the old id ends. */
    CitizenSession renew(CitizenSession session) {
        sessions.remove(session.id());
        CitizenSession renewed = session.renamed(LoginAttempt.random(), clock.instant());
        sessions.put(renewed.id(), renewed);
        return renewed;
    }

    void end(CitizenSession session) {
        sessions.remove(session.id());
    }

    int size() {
        return sessions.size();
    }

    private boolean ended(CitizenSession session, Instant now) {
        return now.isAfter(session.lastSeen().plus(idle)) || now.isAfter(session.createdAt().plus(longest));
    }
}
