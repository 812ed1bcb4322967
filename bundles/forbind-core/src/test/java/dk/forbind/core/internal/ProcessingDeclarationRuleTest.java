package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ProcessingDeclaration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessingDeclarationRuleTest {

    @Test
    void connectorHandlingSubjectsWithoutDeclarationIsRefusedWithAClearReason() {
        Optional<String> refusal = ProcessingDeclarationRule.refusal(
                new ConnectorDescriptor("lookup", "29190623", "", true, null));
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("'lookup'"), refusal.get());
        assertTrue(refusal.get().contains("no processing declaration"), refusal.get());
    }

    @Test
    void declaredConnectorMayStart() {
        ProcessingDeclaration declaration = new ProcessingDeclaration("Case handling", "GDPR art. 6(1)(e)",
                List.of("name"), List.of(), "5 years");
        assertEquals(Optional.empty(), ProcessingDeclarationRule.refusal(
                ConnectorDescriptor.withPersonalData("lookup", "29190623", "", declaration)));
    }

    @Test
    void connectorWithoutSubjectsNeedsNoDeclaration() {
        assertEquals(Optional.empty(), ProcessingDeclarationRule.refusal(
                ConnectorDescriptor.withoutPersonalData("ping", "29190623", "")));
    }
}
