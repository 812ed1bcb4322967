package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.SubjectType;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.api.transparency.ProcessingType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Message;

/**
 * Reads the data-access event out of a finished exchange: the subject and the flow's context from
 * the canonical headers, purpose, legal basis and data categories from the connector's declaration.
 */
final class DataAccessEventCapture {
    /** The purpose of a look-up the data subject asked for themselves ({@link SubjectLookupRoute}). */
    static final String OWN_INSIGHT_PURPOSE = "The data subject's own request to see what is held about them"
            + " (Mit overblik)";
    static final String OWN_INSIGHT_LEGAL_BASIS = "GDPR art. 15 (the data subject's right of access)";

    private final ConnectorDescriptor connector;
    private final Clock clock;

    DataAccessEventCapture(ConnectorDescriptor connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /** The subject the message is about, if it carries one. */
    static Optional<DataSubject> subjectOf(Message message) {
        String type = message.getHeader(ForbindHeaders.SUBJECT_TYPE, String.class);
        String id = message.getHeader(ForbindHeaders.SUBJECT_ID, String.class);
        if (isBlank(type) && isBlank(id)) {
            return Optional.empty();
        }
        if (isBlank(type) || isBlank(id)) {
            throw new IllegalArgumentException("message carries only one of " + ForbindHeaders.SUBJECT_TYPE
                    + " and " + ForbindHeaders.SUBJECT_ID + "; both are needed to record the data access");
        }
        SubjectType subjectType;
        try {
            subjectType = SubjectType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ForbindHeaders.SUBJECT_TYPE + " must be CPR or CVR, got '" + type + "'");
        }
        return Optional.of(new DataSubject(subjectType, id.strip()));
    }

    /** @throws IllegalArgumentException when the headers describe the access inconsistently */
    DataAccessEvent eventFor(DataSubject subject, Message message) {
        ProcessingDeclaration declaration = connector.processingDeclaration().orElseThrow(() ->
                new IllegalStateException("connector " + connector.id() + " declares no processing of personal"
                        + " data but handled a message about " + subject));
        String processingType = header(message, ForbindHeaders.PROCESSING_TYPE);
        String hiddenUntil = header(message, ForbindHeaders.HIDDEN_UNTIL);
        boolean ownInsight = message.getExchange().getProperty(SubjectLookupRoute.OWN_INSIGHT) != null;
        return new DataAccessEvent(
                UUID.randomUUID().toString(),
                Instant.now(clock),
                subject,
                processingType == null ? declaration.processingType() : ProcessingType.parse(processingType),
                ownInsight ? OWN_INSIGHT_PURPOSE : declaration.purpose(),
                ownInsight ? OWN_INSIGHT_LEGAL_BASIS : declaration.legalBasis(),
                declaration.dataCategories(),
                new InitiatorOrg(
                        Optional.ofNullable(header(message, ForbindHeaders.INITIATOR_ORG)).orElse(connector.agency()),
                        header(message, ForbindHeaders.INITIATOR_ORG_NAME),
                        Optional.ofNullable(header(message, ForbindHeaders.INITIATOR_SYSTEM))
                                .orElse("forbind/" + connector.id())),
                header(message, ForbindHeaders.INITIATOR_PERSON),
                header(message, ForbindHeaders.TARGET_ORG),
                header(message, ForbindHeaders.SOURCE_ORG),
                connector.id(),
                header(message, ForbindHeaders.CORRELATION_ID),
                header(message, ForbindHeaders.CASE_ID),
                Boolean.parseBoolean(header(message, ForbindHeaders.BULK)),
                hiddenUntil == null ? null : Instant.parse(hiddenUntil),
                header(message, ForbindHeaders.HIDDEN_REASON));
    }

    private static String header(Message message, String name) {
        String value = message.getHeader(name, String.class);
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
