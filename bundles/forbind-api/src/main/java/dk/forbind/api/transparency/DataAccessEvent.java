package dk.forbind.api.transparency;

import dk.forbind.api.DataSubject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One use of a citizen's or business's data by an authority, as the transparency registry records
 * it (GDPR Art. 15; modelled on the Estonian Data Tracker usage record). Times are kept to the
 * millisecond so that they survive every database unchanged.
 *
 * @param hiddenUntil  for covert investigations: the event is withheld from the subject until this
 *                     time or until an auditor discloses it; {@code hiddenReason} says why
 */
public record DataAccessEvent(String eventId, Instant logTime, DataSubject subject, ProcessingType processingType,
                              String purpose, String legalBasis, List<String> dataCategories,
                              InitiatorOrg initiatorOrg, String initiatorPerson, String targetOrg, String sourceOrg,
                              String connector, String correlationId, String caseId, boolean bulk,
                              Instant hiddenUntil, String hiddenReason) {

    public DataAccessEvent {
        eventId = required(eventId, "event id");
        Objects.requireNonNull(logTime, "log time");
        logTime = logTime.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(processingType, "processing type");
        purpose = required(purpose, "purpose");
        legalBasis = required(legalBasis, "legal basis");
        dataCategories = List.copyOf(Objects.requireNonNull(dataCategories, "data categories"));
        Objects.requireNonNull(initiatorOrg, "initiator organisation");
        connector = required(connector, "connector");
        correlationId = required(correlationId, "correlation id");
        if (hiddenUntil != null) {
            hiddenUntil = hiddenUntil.truncatedTo(ChronoUnit.MILLIS);
            if (hiddenReason == null || hiddenReason.isBlank()) {
                throw new IllegalArgumentException("a hidden event must say why it is hidden (hiddenReason)");
            }
        }
    }

    /** Whether the data subject may see this event at {@code now}, disclosures aside. */
    public boolean hiddenAt(Instant now) {
        return hiddenUntil != null && now.isBefore(hiddenUntil);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a data-access event needs a " + what);
        }
        return value;
    }
}
