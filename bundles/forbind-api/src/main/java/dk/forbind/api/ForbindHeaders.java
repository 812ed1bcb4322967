package dk.forbind.api;

/**
 * Canonical message header names. They are valid Java identifiers, so they survive JMS unchanged
 * and are carried across every hop of a flow.
 */
public final class ForbindHeaders {
    /** UUID created at the edge of the platform and carried through every hop and log line. */
    public static final String CORRELATION_ID = "ForbindCorrelationId";
    public static final String CONNECTOR = "ForbindConnector";
    public static final String AGENCY = "ForbindAgency";
    /** {@link SubjectType} of the data subject the message is about. */
    public static final String SUBJECT_TYPE = "ForbindSubjectType";
    public static final String SUBJECT_ID = "ForbindSubjectId";
    public static final String PURPOSE = "ForbindPurpose";
    public static final String LEGAL_BASIS = "ForbindLegalBasis";
    public static final String INITIATOR_ORG = "ForbindInitiatorOrg";
    public static final String INITIATOR_PERSON = "ForbindInitiatorPerson";
    public static final String LOA = "ForbindLoa";
    public static final String CASE_ID = "ForbindCaseId";

    /** Name of the initiating organisation, next to its code in {@link #INITIATOR_ORG}. */
    public static final String INITIATOR_ORG_NAME = "ForbindInitiatorOrgName";
    /** The system inside the initiating organisation; defaults to the connector id. */
    public static final String INITIATOR_SYSTEM = "ForbindInitiatorSystem";
    /** {@code ProcessingType} of this exchange; defaults to the connector's declaration. */
    public static final String PROCESSING_TYPE = "ForbindProcessingType";
    /** Organisation the data goes to (CVR or MyndighedsID). */
    public static final String TARGET_ORG = "ForbindTargetOrg";
    /** Organisation the data came from (CVR or MyndighedsID). */
    public static final String SOURCE_ORG = "ForbindSourceOrg";
    /** {@code true} when the message is one of many of a bulk flow (batch files). */
    public static final String BULK = "ForbindBulk";
    /** ISO-8601 instant until which the data-access event is hidden from the subject. */
    public static final String HIDDEN_UNTIL = "ForbindHiddenUntil";
    /** Why the data-access event is hidden (required with {@link #HIDDEN_UNTIL}). */
    public static final String HIDDEN_REASON = "ForbindHiddenReason";

    /** Name of the file a batch record came from. */
    public static final String SOURCE_FILE = "ForbindSourceFile";
    /** 1-based line number of a batch record inside its file. */
    public static final String SOURCE_LINE = "ForbindSourceLine";

    /** Set on dead letters: why the message was parked. */
    public static final String ERROR = "ForbindError";
    /** Set on dead letters: the address the message was consumed from and is replayed to. */
    public static final String ORIGINAL_ADDRESS = "ForbindOriginalAddress";
    /** Set on dead letters: when the message was parked (ISO-8601). */
    public static final String FAILED_AT = "ForbindFailedAt";
    /** Set on replayed messages: how many times an operator replayed it. */
    public static final String REPLAY_COUNT = "ForbindReplayCount";

    private ForbindHeaders() {
    }
}
