package dk.forbind.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a CPR number: ten digits whose first six are a real date of birth (ddMMyy), the century
 * following from the seventh digit. The modulus-11 check is not applied: CPR numbers issued since
 * 2007 need not satisfy it.
 */
public final class CprNumber {
    /** Ten digits (a dash after the sixth allowed) that no other digit touches: what may be a CPR number. */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9])([0-9]{6})-?[0-9]{4}(?![0-9])");

    private CprNumber() {
    }

    /** Why the number is not a valid CPR number, or empty if it is. */
    public static Optional<String> problem(String cpr) {
        if (cpr.length() != 10 || !cpr.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("CPR number must be 10 digits");
        }
        try {
            birthDate(cpr);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("CPR date part " + cpr.substring(0, 6) + " is not a date");
        }
    }

    /**
     * The text with everything that may be a CPR number masked after its date part ({@code 010190****}): for log
     * lines and error reasons made of text from elsewhere (a remote system's fault, a schema finding).
     */
    public static String maskedIn(String text) {
        return text == null ? null : IN_TEXT.matcher(text).replaceAll("$1****");
    }

    public static LocalDate birthDate(String cpr) {
        int day = Integer.parseInt(cpr.substring(0, 2));
        int month = Integer.parseInt(cpr.substring(2, 4));
        int yy = Integer.parseInt(cpr.substring(4, 6));
        int seventh = cpr.charAt(6) - '0';
        return LocalDate.of(century(seventh, yy) + yy, month, day);
    }

    private static int century(int seventh, int yy) {
        if (seventh <= 3) {
            return 1900;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }
}
