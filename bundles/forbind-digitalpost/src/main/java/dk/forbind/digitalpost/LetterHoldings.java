package dk.forbind.digitalpost;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Wording;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.LetterStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters sent to a person or business through this platform, as the recipient sees them in their overview:
 * metadata only — who sent it, when, its title and case, and how far it came — never the content.
 */
final class LetterHoldings {
    /** The newest letters shown; the overview says when there are more. */
    static final int SHOWN = 50;
    static final Wording TITLE = new Wording("Digital Post: breve sendt til dig (kun oplysninger om brevene)",
            "Digital Post: letters sent to you (details of the letters only)");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private LetterHoldings() {
    }

    /** @param letters the newest letters first, at most {@link #SHOWN} + 1 (one more tells that there are more) */
    static Holdings of(List<LetterRecord> letters) {
        List<HeldItem> items = new ArrayList<>();
        for (LetterRecord letter : letters.subList(0, Math.min(SHOWN, letters.size()))) {
            List<HeldField> fields = new ArrayList<>(List.of(
                    HeldField.of("Afsender (CVR)", "Sender (CVR)", letter.senderId()),
                    HeldField.of("Modtaget til afsendelse", "Handed in", WHEN.format(letter.acceptedAt())),
                    new HeldField(new Wording("Status", "Status"), status(letter.status()))));
            letter.caseIdIfAny().ifPresent(c -> fields.add(HeldField.of("Sag", "Case", c)));
            items.add(new HeldItem(letter.label() == null || letter.label().isBlank()
                    ? new Wording("Brev uden titel", "Letter without a title") : Wording.of(letter.label()), fields));
        }
        if (letters.size() > SHOWN) {
            items.add(new HeldItem(new Wording("Ældre breve", "Older letters"), List.of(HeldField.of("Vist",
                    "Shown", "de " + SHOWN + " nyeste / the " + SHOWN + " newest"))));
        }
        return new Holdings(items);
    }

    private static Wording status(LetterStatus status) {
        return switch (status) {
            case ACCEPTED -> new Wording("Modtaget, ikke sendt endnu", "Received, not yet sent");
            case SENT -> new Wording("Sendt med Digital Post", "Sent through Digital Post");
            case PAPER -> new Wording("Sendt som papirbrev", "Sent on paper");
            case DELIVERED -> new Wording("Leveret", "Delivered");
            case FAILED -> new Wording("Kunne ikke leveres", "Could not be delivered");
        };
    }
}
