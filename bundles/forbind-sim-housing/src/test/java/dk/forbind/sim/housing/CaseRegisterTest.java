package dk.forbind.sim.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.connector.housing.casesystem.Address;
import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.CaseStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/** The simulated case system's cases: its own rules, one case per application reference, decisions in time. */
class CaseRegisterTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final CaseRegister register = new CaseRegister(clock, Duration.ofSeconds(20));

    @Test
    void theSameReferenceFindsTheCaseItOpenedAndAnotherReferenceOpensAnother() {
        Application first = application("0101901234", "8000", "6500");
        CaseRegister.OpenCase opened = register.open(first);
        assertEquals("BS-2026-000001", opened.caseId());
        assertEquals(opened, register.open(first));
        assertEquals("BS-2026-000002", register.open(application("0101901234", "8000", "6500")).caseId());
        assertEquals(2, register.of("0101901234").size());
        assertTrue(register.find("0202902345", "BS-2026-000001").isEmpty(), "another applicant's case is not found");
    }

    @Test
    void aCaseIsReceivedThenUnderReviewThenDecided() {
        CaseRegister.OpenCase opened = register.open(application("0101901234", "8000", "6500"));
        assertEquals(CaseStatus.RECEIVED, register.view(opened).getStatus());
        clock.advance(Duration.ofSeconds(11));
        Case underReview = register.view(opened);
        assertEquals(CaseStatus.UNDER_REVIEW, underReview.getStatus());
        assertNull(underReview.getDecision());
        clock.advance(Duration.ofSeconds(10));
        Case decided = register.view(opened);
        assertEquals(CaseStatus.GRANTED, decided.getStatus());
        assertEquals("2027-01-01", decided.getDecision().getEffectiveFrom().toXMLFormat());
        assertTrue(decided.getDecision().getMonthlyAmount().signum() > 0);
    }

    @Test
    void aHighIncomeIsRefusedWithAReason() {
        Application rich = application("0101901234", "8000", "3000");
        rich.setHouseholdAnnualIncome(new BigDecimal("900000"));
        CaseRegister.OpenCase opened = register.open(rich);
        register.decideNow(opened.caseId());
        Case decided = register.view(register.find("0101901234", opened.caseId()).orElseThrow());
        assertEquals(CaseStatus.REJECTED, decided.getStatus());
        assertEquals(new BigDecimal("0.00"), decided.getDecision().getMonthlyAmount());
        assertTrue(decided.getDecision().getReason().contains("indkomst"));
    }

    @Test
    void everyRuleTheApplicationBreaksIsListed() {
        Application broken = application("3201901234", "0555", "0");
        broken.setMoveInDate(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2024-01-01"));
        assertEquals(List.of("ApplicantCpr: CPR date part 320190 is not a date",
                "PostalCode 0555 is not a Danish postal code", "MonthlyRent must be above 0",
                "MoveInDate 2024-01-01 must be within the last year or the next six months"), register.problems(broken));
        Application taken = application("0101901234", "8000", "6500");
        register.open(taken);
        Application sameReference = application("0202902345", "8000", "6500");
        sameReference.setApplicationReference(taken.getApplicationReference());
        assertEquals(List.of("ApplicationReference " + taken.getApplicationReference()
                + " is already the reference of another applicant's application"), register.problems(sameReference));
    }

    static Application application(String cpr, String postalCode, String rent) {
        Address address = new Address();
        address.setStreetName("Vestergade");
        address.setHouseNumber("12");
        address.setPostalCode(postalCode);
        address.setCity("Aarhus C");
        Application application = new Application();
        application.setApplicationReference(UUID.randomUUID().toString());
        application.setApplicantCpr(cpr);
        application.setAddress(address);
        application.setMonthlyRent(new BigDecimal(rent));
        application.setAreaSquareMetres(68);
        application.setAdults(1);
        application.setChildren(1);
        application.setHouseholdAnnualIncome(new BigDecimal("210000"));
        application.setMoveInDate(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2026-12-01"));
        return application;
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
