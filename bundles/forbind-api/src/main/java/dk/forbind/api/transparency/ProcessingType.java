package dk.forbind.api.transparency;

/** What happened to the data subject's data in one exchange (after the Estonian Data Tracker). */
public enum ProcessingType {
    /** The agency asked another organisation for data about the subject. */
    DATA_REQUEST,
    /** Data about the subject was handed to, or received from, another organisation. */
    DATA_RESPONSE,
    /** The agency processed the data for the declared purpose (stored, updated, decided on). */
    DATA_PROCESSING,
    /** Processing inside the agency that does not leave it (quality checks, statistics). */
    INTERNAL_PROCESSING;

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static ProcessingType parse(String name) {
        for (ProcessingType type : values()) {
            if (type.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown processing type '" + name + "'; expected one of "
                + java.util.Arrays.toString(values()));
    }
}
