package dk.forbind.digitalpost.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.forbind.api.DataSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegistrationLookupTest {
    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-30T12:00:00Z");

    private final RegistrationLookup lookup = new RegistrationLookup(recipient -> {
        asked.incrementAndGet();
        return RegistrationStatus.REGISTERED;
    }, Duration.ofMinutes(5), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anAnswerIsTrustedForAWhileThenAskedAgain() {
        DataSubject citizen = DataSubject.cpr("0101901234");

        lookup.statusOf(citizen);
        lookup.statusOf(citizen);
        now = now.plus(Duration.ofMinutes(5));
        assertEquals(RegistrationStatus.REGISTERED, lookup.statusOf(citizen));

        assertEquals(2, asked.get());
    }

    @Test
    void eachRecipientIsAskedAboutOnce() {
        lookup.statusOf(DataSubject.cpr("0101901234"));
        lookup.statusOf(DataSubject.cvr("29190623"));
        lookup.statusOf(DataSubject.cpr("0101901234"));

        assertEquals(2, asked.get());
    }
}
