package dk.forbind.eid.oidc;

import java.time.Duration;
import java.time.Instant;

/**
 * The longest a MitID token or NemLog-in assertion may be valid. A stolen credential is worth only as long as it
 * is valid, so one issued for longer than this (from {@code iat} / {@code IssueInstant}, or {@code nbf} /
 * {@code NotBefore}, to its expiry) or still valid further than this into the future is refused, whatever
 * the identity provider signed.
 */
public record TokenLifetime(Duration maximum) {
    public static final Duration LONGEST_CONFIGURABLE = Duration.ofHours(24);

    public TokenLifetime {
        if (maximum.compareTo(Duration.ofMinutes(1)) < 0 || maximum.compareTo(LONGEST_CONFIGURABLE) > 0) {
            throw new IllegalArgumentException("the maximum token lifetime must be between 1 minute and 24 hours, got "
                    + maximum);
        }
    }

    public static TokenLifetime minutes(int minutes) {
        return new TokenLifetime(Duration.ofMinutes(minutes));
    }

    /** Refuses a validity window longer than the maximum; {@code start} may be null when the token names none. */
    public void check(Instant start, Instant expires, Instant now, Duration clockSkew) throws TokenRejected {
        if (start != null && Duration.between(start, expires).compareTo(maximum) > 0) {
            throw new TokenRejected("valid from " + start + " to " + expires + ", longer than the maximum lifetime of "
                    + maximum.toMinutes() + " minutes");
        }
        if (expires.isAfter(now.plus(maximum).plus(clockSkew))) {
            throw new TokenRejected("valid until " + expires + ", further ahead than the maximum lifetime of "
                    + maximum.toMinutes() + " minutes");
        }
    }
}
