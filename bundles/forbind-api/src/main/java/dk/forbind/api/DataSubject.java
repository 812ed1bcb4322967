package dk.forbind.api;

import java.util.Objects;

/**
 * The person or business a message is about. Only the shape is checked here (10 digits for CPR,
 * 8 for CVR); the CPR date part is checked where CPR numbers enter the platform.
 */
public record DataSubject(SubjectType type, String id) {

    public DataSubject {
        Objects.requireNonNull(type, "subject type");
        Objects.requireNonNull(id, "subject id");
        int digits = type == SubjectType.CPR ? 10 : 8;
        if (id.length() != digits || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(type + " number must be " + digits + " digits, got '" + mask(id) + "'");
        }
    }

    public static DataSubject cpr(String cpr) {
        return new DataSubject(SubjectType.CPR, cpr);
    }

    public static DataSubject cvr(String cvr) {
        return new DataSubject(SubjectType.CVR, cvr);
    }

    /** The identifier with everything after the date part hidden, for log lines. */
    public String masked() {
        return mask(id);
    }

    static String mask(String id) {
        if (id.length() <= 6) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 6);
    }

    @Override
    public String toString() {
        return type + ":" + masked();
    }
}
