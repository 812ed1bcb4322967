package dk.forbind.connector.housing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One application as Forbind keeps it: who applied (and who submitted it for them), its status, the case the case
 * system opened, the reasons it was refused, the decision and the letter that told it.
 */
public record ApplicationRecord(UUID id, String applicantCpr, String submittedByCpr, ApplicationStatus status,
                                String caseId, List<String> reasons, Instant receivedAt, Instant updatedAt,
                                Boolean granted, BigDecimal monthlyAmount, UUID letter, String correlationId) {
}
