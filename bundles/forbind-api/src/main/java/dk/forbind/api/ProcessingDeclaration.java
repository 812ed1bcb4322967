package dk.forbind.api;

import dk.forbind.api.transparency.ProcessingType;
import java.util.List;
import java.util.Objects;

/**
 * What a connector declares about the personal data it processes (GDPR Art. 30): why, on which
 * legal basis, which categories of data, to whom it is disclosed and for how long it is kept, and
 * what kind of processing its exchanges are (the default of its data-access events).
 */
public record ProcessingDeclaration(String purpose, String legalBasis, List<String> dataCategories,
                                    List<String> recipients, String retention, ProcessingType processingType) {

    /** A declaration whose exchanges are {@link ProcessingType#DATA_PROCESSING}. */
    public ProcessingDeclaration(String purpose, String legalBasis, List<String> dataCategories,
                                 List<String> recipients, String retention) {
        this(purpose, legalBasis, dataCategories, recipients, retention, ProcessingType.DATA_PROCESSING);
    }

    public ProcessingDeclaration {
        purpose = required(purpose, "purpose");
        legalBasis = required(legalBasis, "legal basis");
        retention = required(retention, "retention");
        dataCategories = List.copyOf(Objects.requireNonNull(dataCategories, "data categories"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        processingType = Objects.requireNonNull(processingType, "processing type");
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
