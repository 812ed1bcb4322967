package dk.forbind.api;

/** Naming rules for broker addresses, so every bundle derives the same names. */
public final class ForbindAddresses {
    public static final String PREFIX = "forbind.";
    public static final String DEAD_LETTER_PREFIX = "DLQ.";
    /** Where every data-access event goes, persistently, on its way to the transparency registry. */
    public static final String TRANSPARENCY_EVENTS = "forbind.transparency.events";
    /**
     * Where agency systems and connectors hand MeMo letters to Digital Post on the broker. Agency systems whose
     * grant reaches {@link #DIGITAL_POST_SEND} may send here.
     */
    public static final String DIGITAL_POST_OUTBOUND = "forbind.digitalpost.outbound";
    /** Where Digital Post's status receipts (PKO_PostStatus) arrive. */
    public static final String DIGITAL_POST_RECEIPTS = "forbind.digitalpost.receipts";
    /** The grant target that lets an agency system send letters, over REST and on the broker alike. */
    public static final String DIGITAL_POST_SEND = "api:digitalpost.send";

    private ForbindAddresses() {
    }

    /** The inbound queue of a connector: {@code forbind.<connector>.in}. */
    public static String inbound(String connectorId) {
        return PREFIX + connectorId + ".in";
    }

    /**
     * Where the platform puts what an agency's systems read from the broker (receipts, answers):
     * addresses beginning {@code forbind.agency.<cvr>.}, readable by that agency's systems only.
     */
    public static String agencyReplies(String cvr) {
        return PREFIX + "agency." + cvr + ".";
    }

    /** The dead-letter queue of an address: {@code DLQ.<address>}. */
    public static String deadLetter(String address) {
        return DEAD_LETTER_PREFIX + address;
    }

    public static boolean isDeadLetter(String queue) {
        return queue != null && queue.startsWith(DEAD_LETTER_PREFIX);
    }

    /** The address a dead-letter queue belongs to, e.g. {@code forbind.x.in} for {@code DLQ.forbind.x.in}. */
    public static String originOfDeadLetter(String queue) {
        if (!isDeadLetter(queue)) {
            throw new IllegalArgumentException(queue + " is not a dead-letter queue (they start with "
                    + DEAD_LETTER_PREFIX + ")");
        }
        return queue.substring(DEAD_LETTER_PREFIX.length());
    }
}
