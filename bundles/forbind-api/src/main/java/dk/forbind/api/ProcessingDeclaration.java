package dk.forbind.api;

import java.util.List;
import java.util.Objects;

/**
 * What a connector declares about the personal data it processes (GDPR Art. 30): why, on which
 * legal basis, which categories of data, to whom it is disclosed and for how long it is kept.
 */
public record ProcessingDeclaration(String purpose, String legalBasis, List<String> dataCategories,
                                    List<String> recipients, String retention) {

    public ProcessingDeclaration {
        purpose = required(purpose, "purpose");
        legalBasis = required(legalBasis, "legal basis");
        retention = required(retention, "retention");
        dataCategories = List.copyOf(Objects.requireNonNull(dataCategories, "data categories"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        if (dataCategories.isEmpty()) {
            throw new IllegalArgumentException("a processing declaration names at least one data category");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a processing declaration needs a " + what);
        }
        return value.strip();
    }
}
