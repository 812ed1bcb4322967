package dk.forbind.sim.housing;

import dk.forbind.connector.housing.casesystem.Application;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DEVELOPMENT AND TESTS ONLY. A simplified housing-benefit (boligstøtte) calculation, enough to give the simulated
 * case system plausible decisions: 60 % of the yearly rent, less 22.5 % of the household income above a threshold
 * that grows with each child, capped, and refused below a monthly minimum. Not the real rules.
 */
final class HousingBenefitRule {
    private static final BigDecimal RENT_SHARE = new BigDecimal("0.60");
    private static final BigDecimal INCOME_SHARE = new BigDecimal("0.225");
    private static final BigDecimal THRESHOLD = new BigDecimal("170000");
    private static final BigDecimal THRESHOLD_PER_CHILD = new BigDecimal("45000");
    private static final BigDecimal CAP = new BigDecimal("48000");
    private static final BigDecimal CAP_PER_CHILD = new BigDecimal("12000");
    private static final BigDecimal MINIMUM_MONTHLY = new BigDecimal("25.00");
    private static final BigDecimal MONTHS = new BigDecimal("12");

    private HousingBenefitRule() {
    }

    /** What the case system decides about this application. */
    record Outcome(boolean granted, BigDecimal monthlyAmount, String reason) {
    }

    static Outcome decide(Application application) {
        BigDecimal children = BigDecimal.valueOf(application.getChildren());
        BigDecimal yearlyRent = application.getMonthlyRent().multiply(MONTHS);
        BigDecimal threshold = THRESHOLD.add(THRESHOLD_PER_CHILD.multiply(children));
        BigDecimal excess = application.getHouseholdAnnualIncome().subtract(threshold).max(BigDecimal.ZERO);
        BigDecimal yearly = yearlyRent.multiply(RENT_SHARE).subtract(excess.multiply(INCOME_SHARE))
                .min(CAP.add(CAP_PER_CHILD.multiply(children))).max(BigDecimal.ZERO);
        BigDecimal monthly = yearly.divide(MONTHS, 2, RoundingMode.HALF_UP);
        if (monthly.compareTo(MINIMUM_MONTHLY) < 0) {
            return new Outcome(false, BigDecimal.ZERO.setScale(2), "Husstandens indkomst er for høj i forhold til"
                    + " huslejen: den beregnede boligstøtte er under mindstebeløbet på " + MINIMUM_MONTHLY + " kr. om"
                    + " måneden.");
        }
        return new Outcome(true, monthly, "Boligstøtten er beregnet ud fra en månedlig husleje på "
                + application.getMonthlyRent().setScale(2, RoundingMode.HALF_UP) + " kr., " + application.getAdults()
                + " voksne og " + application.getChildren() + " børn i husstanden og en årlig husstandsindkomst på "
                + application.getHouseholdAnnualIncome().setScale(0, RoundingMode.HALF_UP) + " kr.");
    }
}
