package dk.forbind.citizen;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.citizen.login.LoginAttempt;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One browser's session, kept on the server (the browser holds only its random id): the log-in under way, the citizen
 * once logged in, whose data they are looking at (themselves or someone they represent), the language, and the token
 * every form that changes something must carry.
 */
final class CitizenSession {
    private final String id;
    private final String formToken = LoginAttempt.random();
    private final Instant createdAt;
    private volatile Instant lastSeen;
    private volatile LoginAttempt attempt;
    private volatile ForbindPrincipal citizen;
    private volatile DataSubject viewing;
    private volatile Locale language;

    CitizenSession(String id, Instant now, Locale language) {
        this.id = id;
        this.createdAt = now;
        this.lastSeen = now;
        this.language = language;
    }

    /** The same session under a new id (after log-in, so an id seen before it is worth nothing). */
    CitizenSession renamed(String newId, Instant now) {
        CitizenSession renamed = new CitizenSession(newId, now, language);
        renamed.attempt = attempt;
        renamed.citizen = citizen;
        renamed.viewing = viewing;
        return renamed;
    }

    String id() {
        return id;
    }

    String formToken() {
        return formToken;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    Optional<LoginAttempt> attempt() {
        return Optional.ofNullable(attempt);
    }

    void attempt(LoginAttempt started) {
        attempt = started;
    }

    Optional<ForbindPrincipal> citizen() {
        return Optional.ofNullable(citizen);
    }

    /** Logged in: the attempt is spent, and the citizen looks at their own data first. */
    void loggedIn(ForbindPrincipal principal) {
        attempt = null;
        citizen = principal;
        viewing = principal.subject().orElse(null);
    }

    /** Whose data the pages show: the citizen's own, or a represented subject's. */
    Optional<DataSubject> viewing() {
        return Optional.ofNullable(viewing);
    }

    void view(DataSubject subject) {
        if (citizen == null || !citizen.mayReadAbout(subject)) {
            throw new IllegalArgumentException("not someone this citizen may see the data of");
        }
        viewing = subject;
    }

    Locale language() {
        return language;
    }

    void language(Locale chosen) {
        language = chosen;
    }
}
