package dk.forbind.sim.housing;

import dk.forbind.api.CprNumber;
import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.CaseStatus;
import dk.forbind.connector.housing.casesystem.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulated case system's cases, in memory: an application opens a case (the same
 * application reference again finds the case it opened), the case is under review after half the decision time and
 * decided when it has passed ({@link HousingBenefitRule}). The system's own rules, beyond its schema, are checked
 * when an application comes in: a Danish postal code, a real CPR date, a move-in date within a year back and half a
 * year ahead, a rent above zero.
 */
final class CaseRegister {
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /** One case as the system holds it. */
    record OpenCase(String caseId, Application application, Instant receivedAt, Instant decidesAt) {
    }

    private final Clock clock;
    private final Map<String, OpenCase> cases = new LinkedHashMap<>();
    private final Map<String, String> byReference = new HashMap<>();
    private volatile Duration decisionTime;
    private int sequence;

    CaseRegister(Clock clock, Duration decisionTime) {
        this.clock = clock;
        this.decisionTime = decisionTime;
    }

    void decisionTime(Duration time) {
        decisionTime = time;
    }

    /** The rules an application breaks, every one of them; empty when the system takes it. */
    List<String> problems(Application application) {
        List<String> problems = new ArrayList<>();
        CprNumber.problem(application.getApplicantCpr()).ifPresent(p -> problems.add("ApplicantCpr: " + p));
        if (application.getSubmittedByCpr() != null) {
            CprNumber.problem(application.getSubmittedByCpr()).ifPresent(p -> problems.add("SubmittedByCpr: " + p));
        }
        int postalCode = Integer.parseInt(application.getAddress().getPostalCode());
        if (postalCode < 800 || postalCode > 9990) {
            problems.add("PostalCode " + application.getAddress().getPostalCode() + " is not a Danish postal code");
        }
        if (application.getMonthlyRent().signum() <= 0) {
            problems.add("MonthlyRent must be above 0");
        }
        LocalDate today = LocalDate.now(clock.withZone(DANISH_TIME));
        LocalDate moveIn = application.getMoveInDate().toGregorianCalendar().toZonedDateTime().toLocalDate();
        if (moveIn.isBefore(today.minusYears(1)) || moveIn.isAfter(today.plusMonths(6))) {
            problems.add("MoveInDate " + moveIn + " must be within the last year or the next six months");
        }
        synchronized (this) {
            String earlier = byReference.get(application.getApplicationReference());
            if (earlier != null && !cases.get(earlier).application().getApplicantCpr()
                    .equals(application.getApplicantCpr())) {
                problems.add("ApplicationReference " + application.getApplicationReference()
                        + " is already the reference of another applicant's application");
            }
        }
        return problems;
    }

    /** Opens a case for an application the system takes, or finds the one its reference opened before. */
    synchronized OpenCase open(Application application) {
        String earlier = byReference.get(application.getApplicationReference());
        if (earlier != null) {
            return cases.get(earlier);
        }
        Instant now = clock.instant();
        String caseId = String.format("BS-%d-%06d", now.atZone(DANISH_TIME).getYear(), ++sequence);
        OpenCase opened = new OpenCase(caseId, application, now, now.plus(decisionTime));
        cases.put(caseId, opened);
        byReference.put(application.getApplicationReference(), caseId);
        return opened;
    }

    synchronized Optional<OpenCase> find(String cpr, String caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> c.application().getApplicantCpr().equals(cpr));
    }

    synchronized List<OpenCase> of(String cpr) {
        return cases.values().stream().filter(c -> c.application().getApplicantCpr().equals(cpr)).toList();
    }

    /** Decides the case now (tests and demonstrations); false when there is no such case. */
    synchronized boolean decideNow(String caseId) {
        OpenCase open = cases.get(caseId);
        if (open == null) {
            return false;
        }
        cases.put(caseId, new OpenCase(caseId, open.application(), open.receivedAt(), clock.instant()));
        return true;
    }

    synchronized int size() {
        return cases.size();
    }

    /** The case as the system shows it now: received, under review, or decided. */
    Case view(OpenCase open) {
        Instant now = clock.instant();
        Case shown = new Case();
        shown.setCaseId(open.caseId());
        shown.setApplicantCpr(open.application().getApplicantCpr());
        shown.setApplicationReference(open.application().getApplicationReference());
        shown.setReceivedAt(xmlTime(open.receivedAt()));
        Duration age = Duration.between(open.receivedAt(), now);
        Duration taken = Duration.between(open.receivedAt(), open.decidesAt());
        if (now.isBefore(open.decidesAt())) {
            shown.setStatus(age.compareTo(taken.dividedBy(2)) < 0 ? CaseStatus.RECEIVED : CaseStatus.UNDER_REVIEW);
            return shown;
        }
        HousingBenefitRule.Outcome outcome = HousingBenefitRule.decide(open.application());
        Decision decision = new Decision();
        decision.setGranted(outcome.granted());
        decision.setMonthlyAmount(outcome.monthlyAmount());
        decision.setReason(outcome.reason());
        decision.setDecidedAt(xmlTime(open.decidesAt()));
        LocalDate from = open.application().getMoveInDate().toGregorianCalendar().toZonedDateTime().toLocalDate()
                .withDayOfMonth(1).plusMonths(1);
        decision.setEffectiveFrom(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(from.toString()));
        shown.setDecision(decision);
        shown.setStatus(outcome.granted() ? CaseStatus.GRANTED : CaseStatus.REJECTED);
        return shown;
    }

    static XMLGregorianCalendar xmlTime(Instant instant) {
        return DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(instant.toString());
    }
}
