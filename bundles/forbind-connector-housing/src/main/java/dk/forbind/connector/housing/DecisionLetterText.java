package dk.forbind.connector.housing;

import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.Decision;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The decision letter's text, in Danish, from the case system's decision. */
final class DecisionLetterText {
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    private DecisionLetterText() {
    }

    static String of(Case decided, String authority) {
        Decision decision = decided.getDecision();
        LocalDate from = decision.getEffectiveFrom().toGregorianCalendar().toZonedDateTime().toLocalDate();
        StringBuilder text = new StringBuilder();
        text.append("Afgørelse om boligstøtte\n\n");
        text.append("Sagsnummer: ").append(decided.getCaseId()).append("\n\n");
        if (decision.isGranted()) {
            text.append("Du har fået bevilget boligstøtte på ").append(kroner(decision.getMonthlyAmount()))
                    .append(" kr. om måneden fra den ").append(DATE.format(from)).append(".\n\n");
        } else {
            text.append("Du har ikke fået bevilget boligstøtte.\n\n");
        }
        text.append("Begrundelse:\n").append(decision.getReason()).append("\n\n");
        text.append("Klagevejledning:\nHvis du er uenig i afgørelsen, kan du klage inden 4 uger efter, at du har"
                + " modtaget dette brev. Skriv til ").append(authority).append(" og oplys sagsnummeret.\n\n");
        text.append("Med venlig hilsen\n").append(authority).append('\n');
        return text.toString();
    }

    private static String kroner(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH));
        return format.format(amount);
    }
}
