package dk.forbind.connector.housing;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Wording;
import dk.forbind.connector.housing.application.ApplicationRecord;
import dk.forbind.connector.housing.application.ApplicationStatus;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.Decision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A citizen's housing-benefit cases as the agency's case system holds them, and the applications still waiting to
 * become cases, as the citizen sees them in their overview.
 */
final class HousingHoldings {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private HousingHoldings() {
    }

    static Wording title(String agencyName) {
        return new Wording("Boligstøtte: dine sager hos " + agencyName, "Housing benefit: your cases at " + agencyName);
    }

    static Holdings of(List<Case> cases, List<ApplicationRecord> waiting) {
        List<HeldItem> items = new ArrayList<>();
        for (Case held : cases) {
            List<HeldField> fields = new ArrayList<>(List.of(
                    HeldField.of("Sagsnummer", "Case number", held.getCaseId()),
                    HeldField.of("Modtaget", "Received", held.getReceivedAt().toXMLFormat().substring(0, 10)),
                    new HeldField(Wording.of("Status"), status(held.getStatus().name()))));
            Decision decision = held.getDecision();
            if (decision != null) {
                fields.add(new HeldField(new Wording("Afgørelse", "Decision"), decision.isGranted()
                        ? new Wording("Bevilget: " + decision.getMonthlyAmount() + " kr. om måneden fra " + day(decision),
                                "Granted: DKK " + decision.getMonthlyAmount() + " a month from " + day(decision))
                        : new Wording("Afslået", "Refused")));
                fields.add(HeldField.of("Begrundelse", "Reason", decision.getReason()));
            }
            items.add(new HeldItem(new Wording("Sag om boligstøtte", "Housing-benefit case"), fields));
        }
        for (ApplicationRecord application : waiting) {
            items.add(new HeldItem(new Wording("Ansøgning, der venter på at blive en sag",
                    "Application waiting to become a case"), List.of(
                    HeldField.of("Modtaget", "Received", WHEN.format(application.receivedAt())),
                    new HeldField(Wording.of("Status"), new Wording(application.status().danish(),
                            application.status() == ApplicationStatus.INVALID
                                    ? "The case system could not take the application; see the reasons"
                                    : "Received; waiting to be sent to the case system")),
                    HeldField.of("Begrundelser", "Reasons", String.join("; ", application.reasons())))));
        }
        return new Holdings(items);
    }

    private static String day(Decision decision) {
        return decision.getEffectiveFrom().toXMLFormat().substring(0, 10);
    }

    private static Wording status(String caseStatus) {
        return switch (caseStatus) {
            case "RECEIVED" -> new Wording("Modtaget", "Received");
            case "UNDER_REVIEW" -> new Wording("Under behandling", "Under review");
            case "GRANTED" -> new Wording("Bevilget", "Granted");
            case "REJECTED" -> new Wording("Afslået", "Refused");
            default -> Wording.of(caseStatus);
        };
    }
}
