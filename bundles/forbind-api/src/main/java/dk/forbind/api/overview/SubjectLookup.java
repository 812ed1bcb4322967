package dk.forbind.api.overview;

import dk.forbind.api.DataSubject;

/**
 * Offered by a connector whose systems hold data about persons or businesses: what they hold about one subject, for
 * the subject's own overview ("Mit overblik"). A connector offers it by implementing this interface beside its
 * connector interface. The platform calls it inside the connector's own routing context, on behalf of the citizen
 * who asked, and records each call in the transparency registry as that citizen's own request (GDPR art. 15) — the
 * implementation records nothing itself. It may be called from several threads at once and should answer within a
 * couple of seconds: the platform stops waiting after its time-out and shows the source as not available.
 */
public interface SubjectLookup {

    /** What the citizen should read as the name of this source: the register and its authority. */
    Wording title();

    /**
     * @return what the connector's systems hold about {@code subject}; items empty when they hold nothing
     * @throws Exception when the systems cannot answer now (the citizen sees "not available now")
     */
    Holdings holdingsOf(DataSubject subject) throws Exception;
}
