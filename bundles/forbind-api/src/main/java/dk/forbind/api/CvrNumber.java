package dk.forbind.api;

import java.util.Optional;

/**
 * Checks a CVR number (the Danish business and authority register): eight digits, the first not zero, whose
 * weighted sum (weights 2, 7, 6, 5, 4, 3, 2, 1) is divisible by eleven, as every number the register issues is.
 */
public final class CvrNumber {
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private CvrNumber() {
    }

    /** Why the number is not a valid CVR number, or empty if it is. */
    public static Optional<String> problem(String cvr) {
        if (cvr == null || cvr.length() != 8 || !cvr.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("CVR number must be 8 digits");
        }
        if (cvr.charAt(0) == '0') {
            return Optional.of("CVR number cannot start with 0");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (cvr.charAt(i) - '0');
        }
        return sum % 11 == 0 ? Optional.empty()
                : Optional.of("CVR number " + cvr + " fails the modulus-11 check");
    }
}
