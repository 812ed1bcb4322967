package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorDescriptorTest {

    private static final ProcessingDeclaration DECLARATION = new ProcessingDeclaration("Case handling",
            "GDPR art. 6(1)(e)", List.of("name", "address"), List.of("Agency X"), "5 years");

    @Test
    void inboundAddressFollowsTheNamingRule() {
        ConnectorDescriptor d = ConnectorDescriptor.withPersonalData("cpr-batch", "29190623", "", DECLARATION);
        assertEquals("forbind.cpr-batch.in", d.inboundAddress());
        assertEquals("DLQ.forbind.cpr-batch.in", ForbindAddresses.deadLetter(d.inboundAddress()));
        assertEquals("forbind.cpr-batch.in", ForbindAddresses.originOfDeadLetter("DLQ.forbind.cpr-batch.in"));
    }

    @Test
    void idMustBeUsableAsAQueueName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectorDescriptor.withoutPersonalData("CPR Batch", "29190623", ""));
        assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
    }

    @Test
    void agencyIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> ConnectorDescriptor.withoutPersonalData("x", " ", ""));
    }

    @Test
    void declarationNeedsPurposeAndCategories() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProcessingDeclaration(" ", "basis", List.of("name"), List.of(), "1 year"));
        assertThrows(IllegalArgumentException.class,
                () -> new ProcessingDeclaration("purpose", "basis", List.of(), List.of(), "1 year"));
    }

    @Test
    void originOfANonDeadLetterQueueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForbindAddresses.originOfDeadLetter("forbind.x.in"));
    }
}
