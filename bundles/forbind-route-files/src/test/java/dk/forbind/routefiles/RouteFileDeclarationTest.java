package dk.forbind.routefiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.transparency.ProcessingType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteFileDeclarationTest {
    @TempDir
    Path dir;

    @Test
    void readsAFullDeclaration() throws Exception {
        ConnectorDescriptor d = RouteFileDeclaration.read(write("id = legacy-case-inbox\nagency = 29190623\n"
                + "description = Case files\nhandles.data.subjects = true\npurpose = Case handling\n"
                + "legal.basis = GDPR art. 6(1)(e)\ndata.categories = CPR number, case documents\n"
                + "recipients = the case system\nretention = 10 years\n"));
        assertEquals("legacy-case-inbox", d.id());
        assertTrue(d.handlesDataSubjects());
        assertEquals(List.of("CPR number", "case documents"), d.declaration().dataCategories());
        assertEquals("10 years", d.declaration().retention());
        assertEquals(ProcessingType.DATA_PROCESSING, d.declaration().processingType());
    }

    @Test
    void aDeclarationMayOfferASubjectLookUpByItsTitle() {
        assertEquals(new Wording("Sagsregister", "Case register"), RouteFileDeclaration.lookupTitle((
                "id = x\nsubject.lookup.title = Sagsregister\nsubject.lookup.title.en = Case register\n")
                .getBytes(StandardCharsets.UTF_8)).orElseThrow());
        assertEquals(Wording.of("Sagsregister"), RouteFileDeclaration.lookupTitle(
                "subject.lookup.title = Sagsregister\n".getBytes(StandardCharsets.UTF_8)).orElseThrow());
        assertTrue(RouteFileDeclaration.lookupTitle("id = x\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void readsTheProcessingTypeOfItsEvents() throws Exception {
        ConnectorDescriptor d = RouteFileDeclaration.read(write("id = lookup\nagency = 29190623\n"
                + "handles.data.subjects = true\npurpose = Fraud control\nlegal.basis = Retsplejeloven\n"
                + "data.categories = CPR number\nretention = 5 years\nprocessing.type = data_request\n"
                + "minimum.loa = High\n"));
        assertEquals(ProcessingType.DATA_REQUEST, d.declaration().processingType());
        assertEquals(NsisLevel.HIGH, d.minimumLoa());
    }

    @Test
    void aRouteFileNamesWhatItNeeds() throws Exception {
        ConnectorDescriptor d = RouteFileDeclaration.read(write("id = tax-lookup\nagency = 29190623\n"
                + "depends.on = database, tax-system=https://skat.example.dk/health, address:forbind.alerts.in\n"));
        assertEquals(List.of(ConnectorDependency.database(),
                ConnectorDependency.http("tax-system", "https://skat.example.dk/health"),
                ConnectorDependency.address("forbind.alerts.in")), d.dependencies());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> RouteFileDeclaration
                .read(write("id = x\nagency = 29190623\ndepends.on = the tax system\n")));
        assertTrue(wrong.getMessage().contains("is no dependency"), wrong.getMessage());
    }

    @Test
    void aConnectorWithoutSubjectsNeedsNoPurpose() throws Exception {
        ConnectorDescriptor d = RouteFileDeclaration.read(write("id = alerts\nagency = 29190623\n"));
        assertEquals(false, d.handlesDataSubjects());
        assertNull(d.declaration());
    }

    @Test
    void subjectsWithoutPurposeLeaveTheDeclarationOutForThePlatformToRefuse() throws Exception {
        ConnectorDescriptor d = RouteFileDeclaration.read(write("id = x\nagency = 1\nhandles.data.subjects = true\n"));
        assertTrue(d.handlesDataSubjects());
        assertNull(d.declaration());
    }

    @Test
    void namesWhatIsMissing() throws Exception {
        Path file = write("agency = 29190623\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RouteFileDeclaration.read(file));
        assertEquals("x.properties has no 'id'", e.getMessage());
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("x.properties"), text);
    }
}
