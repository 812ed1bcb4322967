package dk.forbind.connector.housing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.connector.housing.casesystem.Application;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A citizen's JSON application: read into the case system's type, or refused with every reason. */
public class ApplicationFormTest {
    static final String VALID = "{\"address\": {\"street\": \"Vestergade\", \"houseNumber\": \"12\", \"floor\": \"2\","
            + " \"door\": \"tv\", \"postalCode\": \"8000\", \"city\": \"Aarhus C\"}, \"monthlyRent\": 6500.50,"
            + " \"areaSquareMetres\": 68, \"adults\": 1, \"children\": 2, \"householdIncome\": 210000,"
            + " \"moveInDate\": \"2026-12-01\"}";
    private static final UUID REFERENCE = UUID.fromString("0556cd7d-04a3-4e0f-896a-d5d25ca3ad39");

    /** A valid application, as the case system takes it. */
    public static Application validApplication() {
        return ApplicationForm.toApplication(ApplicationForm.parse(VALID), REFERENCE, "0101901234", null);
    }

    @Test
    void aValidFormIsTheCaseSystemsApplication() {
        Application application = validApplication();
        assertEquals(REFERENCE.toString(), application.getApplicationReference());
        assertEquals("0101901234", application.getApplicantCpr());
        assertEquals(new BigDecimal("6500.50"), application.getMonthlyRent());
        assertEquals("8000", application.getAddress().getPostalCode());
        assertEquals(2, application.getChildren());
        assertEquals("2026-12-01", application.getMoveInDate().toXMLFormat());
        assertEquals(List.of(), CaseSystemSchema.problems(application));
    }

    @Test
    void everyProblemIsListedWithWhatToWrite() {
        String form = "{\"address\": {\"street\": \"\", \"houseNumber\": \"twelve\", \"postalCode\": \"80000\","
                + " \"city\": \"Aarhus\", \"country\": \"DK\"}, \"monthlyRent\": -1, \"areaSquareMetres\": 68.5,"
                + " \"adults\": 0, \"children\": 2, \"householdIncome\": 1.234, \"moveInDate\": \"1/12/2026\","
                + " \"0101901234\": true}";
        InvalidApplication invalid = assertThrows(InvalidApplication.class, () -> ApplicationForm.toApplication(
                ApplicationForm.parse(form), REFERENCE, "0101901234", null));
        assertEquals(List.of("010190**** is not a field of an application",
                "address.country is not a field of an application",
                "address.street must be 1 to 100 letters",
                "address.houseNumber must be a number, perhaps with a letter: 12B",
                "address.postalCode must be four digits",
                "monthlyRent must be an amount in kroner from 0 to 100000000, with at most two decimals",
                "areaSquareMetres must be a whole number from 1 to 1000",
                "adults must be a whole number from 1 to 20",
                "householdIncome must be an amount in kroner from 0 to 100000000, with at most two decimals",
                "moveInDate must be a date: YYYY-MM-DD"), invalid.reasons());
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefused() {
        assertTrue(assertThrows(InvalidApplication.class, () -> ApplicationForm.parse("{\"a\": "))
                .reasons().get(0).startsWith("the body is not JSON"));
        assertEquals(List.of("the body must be a JSON object"),
                assertThrows(InvalidApplication.class, () -> ApplicationForm.parse("[1, 2]")).reasons());
    }

    @Test
    void whatTheFormCannotSayTheSchemaStillCatches() {
        Application application = validApplication();
        application.setApplicantCpr("12345");
        List<String> problems = CaseSystemSchema.problems(application);
        assertTrue(problems.get(0).startsWith("cvc-pattern-valid: Value '12345' is not facet-valid"),
                problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains("12345")), problems.toString());
    }

    @Test
    void theApplicationTravelsAsSchemaValidXmlAndComesBackTheSame() {
        String xml = CaseSystemSchema.toXml(validApplication());
        Application back = CaseSystemSchema.applicationIn(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(REFERENCE.toString(), back.getApplicationReference());
        assertEquals(new BigDecimal("6500.50"), back.getMonthlyRent());
        assertThrows(IllegalArgumentException.class, () -> CaseSystemSchema.applicationIn(xml.replace("8000", "80X0")
                .getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> CaseSystemSchema.applicationIn(("<!DOCTYPE x [<!ENTITY e"
                + " SYSTEM \"file:///etc/passwd\">]>" + xml.substring(xml.indexOf("?>") + 2)).getBytes(StandardCharsets.UTF_8)));
    }
}
