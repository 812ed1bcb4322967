package dk.forbind.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.citizen.pages.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitizenSessionsTest {
    private static final DataSubject ME = DataSubject.cpr("0101701234");
    private static final DataSubject CHILD = DataSubject.cpr("0202151234");

    private Instant now = Instant.parse("2026-12-01T12:00:00Z");
    private final CitizenSessions sessions = new CitizenSessions(Duration.ofMinutes(15), Duration.ofHours(8), 3,
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void aSessionEndsAfterItsIdleTimeOrItsLongestLife() {
        CitizenSession session = sessions.begin(Texts.DANISH);
        now = now.plus(Duration.ofMinutes(14));
        assertTrue(sessions.find(session.id()).isPresent(), "seen within its idle time");
        for (int i = 0; i < 40; i++) {
            now = now.plus(Duration.ofMinutes(14));
            if (sessions.find(session.id()).isEmpty()) {
                assertTrue(i >= 33, "ended after 8 hours, not before: " + i);
                return;
            }
        }
        throw new AssertionError("the session outlived its longest life");
    }

    @Test
    void anIdleSessionEndsAndALogInRenewsTheId() {
        CitizenSession idle = sessions.begin(Texts.DANISH);
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(sessions.find(idle.id()).isPresent());

        CitizenSession anonymous = sessions.begin(Texts.DANISH);
        CitizenSession renewed = sessions.renew(anonymous);
        renewed.loggedIn(new ForbindPrincipal("mitid:me", Set.of(ForbindRole.CITIZEN), ME, Set.of(CHILD),
                NsisLevel.SUBSTANTIAL));
        assertNotEquals(anonymous.id(), renewed.id());
        assertFalse(sessions.find(anonymous.id()).isPresent(), "the id from before the log-in is worth nothing");
        assertEquals(ME, sessions.find(renewed.id()).orElseThrow().viewing().orElseThrow());
        renewed.view(CHILD);
        assertEquals(CHILD, renewed.viewing().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> renewed.view(DataSubject.cpr("0303801234")));
    }

    @Test
    void theNodeTurnsNewSessionsAwayWhenFull() {
        sessions.begin(Texts.DANISH);
        sessions.begin(Texts.DANISH);
        sessions.begin(Texts.DANISH);
        assertThrows(IllegalStateException.class, () -> sessions.begin(Texts.DANISH));
        now = now.plus(Duration.ofMinutes(16));
        sessions.begin(Texts.DANISH);
        assertEquals(1, sessions.size(), "ended sessions are swept out");
    }
}
