package dk.forbind.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DataSubject;
import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SourceAnswer;
import dk.forbind.api.overview.SubjectSources;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.transparency.CitizenUsage;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.citizen.login.LoginAttempt;
import dk.forbind.citizen.pages.HoldingsPage;
import dk.forbind.citizen.pages.Texts;
import dk.forbind.citizen.pages.UsagePage;
import dk.forbind.citizen.pages.UsageQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages escape whatever they show, mark what is missing, and read the browser's choices strictly. */
class PagesTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
    private static final DataSubject ME = DataSubject.cpr("0101701234");

    @Test
    void holdingsShowEachSourceEscapedAndSayWhatIsNotAvailable() {
        SubjectSources.Source register = new SubjectSources.Source("register", "29190623", new Wording("Register "
                + HOSTILE, "Register"));
        SubjectSources.Source housing = new SubjectSources.Source("housing", "29190623", Wording.of("Housing"));
        Overview overview = new Overview(ME, Instant.parse("2026-12-01T12:00:00Z"), List.of(
                new SourceAnswer(register, SourceAnswer.Status.ANSWERED, Duration.ofMillis(5), new Holdings(List.of(
                        new HeldItem(Wording.of("Row"), List.of(HeldField.of("Navn", "Name", HOSTILE))))), null),
                new SourceAnswer(housing, SourceAnswer.Status.TIMED_OUT, Duration.ofSeconds(3), null, "slow")));

        String danish = HoldingsPage.of(Texts.in(Texts.DANISH), overview, "token", "Du ser dine egne data.");
        assertFalse(danish.contains("<script>"), "nothing a source says runs in the page");
        assertTrue(danish.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertTrue(danish.contains("Ikke tilgængelig lige nu"));
        assertTrue(danish.contains("Nogle oplysninger kan ikke vises lige nu"));
        assertTrue(danish.contains("<html lang=\"da\">"));
        assertTrue(danish.contains("lang=\"en\" hreflang=\"en\">English</a>"), "the switch names the other language");
        String english = HoldingsPage.of(Texts.in(Locale.ENGLISH), overview, "token", "You look at your own data.");
        assertTrue(english.contains("Not available now") && english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("<dt>Name</dt>"));
    }

    @Test
    void theUsageTableEscapesRecordsAndPagesKeepTheChoices() {
        DataAccessEvent event = new DataAccessEvent("e-1", Instant.parse("2026-11-30T09:15:00Z"), ME,
                ProcessingType.DATA_REQUEST, HOSTILE, "GDPR art. 6(1)(e)", List.of("CPR number", "address"),
                new InitiatorOrg("29190623", "Kommune " + HOSTILE, "system"), null, null, null, "housing", "c-1",
                "BS-2026-000001", false, null, null);
        UsageQuery query = UsageQuery.read(Map.of("fra", "2026-11-01", "myndighed", "29190623", "side", "2")::get);
        String page = UsagePage.of(Texts.in(Texts.DANISH), query, new CitizenUsage.Page(60, List.of(event)), 25,
                List.of(new CitizenUsage.Authority("29190623", "Kommune")), "token", null);

        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("30-11-2026 10:15"), "Danish time");
        assertTrue(page.contains("Side 2 af 3"));
        assertTrue(page.contains("href=\"?fra=2026-11-01&amp;myndighed=29190623&amp;side=3\""));
        assertTrue(page.contains("<option value=\"29190623\" selected>"));
        assertTrue(page.contains("<th scope=\"col\">Hjemmel</th>"));
    }

    @Test
    void theBrowsersChoicesAreReadStrictly() {
        UsageQuery none = UsageQuery.read(name -> null);
        assertEquals(1, none.page());
        assertEquals(Instant.EPOCH, none.fromInstant());
        UsageQuery day = UsageQuery.read(Map.of("fra", "2026-06-01", "til", "2026-06-01")::get);
        assertEquals(Instant.parse("2026-05-31T22:00:00Z"), day.fromInstant(), "Danish summer time");
        assertEquals(Instant.parse("2026-06-01T22:00:00Z"), day.toInstant(), "the whole last day");
        assertEquals(LocalDate.parse("2026-06-01"), day.to());
        assertThrows(IllegalArgumentException.class, () -> UsageQuery.read(Map.of("fra", "yesterday")::get));
        assertThrows(IllegalArgumentException.class, () -> UsageQuery.read(Map.of("side", "0")::get));
        assertThrows(IllegalArgumentException.class, () -> UsageQuery.read(Map.of("myndighed", "<x>")::get));
        assertThrows(IllegalArgumentException.class, () -> UsageQuery.read(Map.of("fra", "2026-06-02",
                "til", "2026-06-01")::get));
    }

    @Test
    void aLogInAttemptAnswersOnlyItsOwnStateInTime() {
        Instant start = Instant.parse("2026-12-01T12:00:00Z");
        LoginAttempt attempt = LoginAttempt.start(start);
        assertEquals(43, attempt.state().length());
        assertTrue(attempt.challenge().matches("[A-Za-z0-9_-]{43}"));
        assertTrue(attempt.answeredBy(attempt.state(), start.plusSeconds(30)));
        assertFalse(attempt.answeredBy(attempt.nonce(), start.plusSeconds(30)));
        assertFalse(attempt.answeredBy(null, start));
        assertFalse(attempt.answeredBy(attempt.state(), start.plus(LoginAttempt.LIFETIME).plusSeconds(1)));
    }
}
