package dk.forbind.connector.housing.application;

import dk.forbind.api.CprNumber;
import dk.forbind.connector.housing.casesystem.Address;
import dk.forbind.connector.housing.casesystem.Application;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * A citizen's housing-benefit application as the REST API takes it (JSON), checked field by field with a reason
 * the citizen can act on for each problem — every problem, not the first — and then against the case system's own
 * schema, so nothing is queued that the case system's schema would refuse.
 *
 * <pre>{"applicant": "0101901234" (optional: someone the caller holds a power of attorney for),
 *  "address": {"street", "houseNumber", "floor"?, "door"?, "postalCode", "city"},
 *  "monthlyRent", "areaSquareMetres", "adults", "children", "householdIncome", "moveInDate": "2026-12-01"}</pre>
 */
public final class ApplicationForm {
    private static final Set<String> FIELDS = Set.of("applicant", "address", "monthlyRent", "areaSquareMetres",
            "adults", "children", "householdIncome", "moveInDate");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "houseNumber", "floor", "door", "postalCode",
            "city");

    private final List<String> problems = new ArrayList<>();
    private final JsonObject json;

    private ApplicationForm(JsonObject json) {
        this.json = json;
    }

    /** The applicant the form names, or null when the caller applies for themselves. */
    public static String applicantIn(JsonObject form) {
        Object applicant = form.get("applicant");
        return applicant == null ? null : applicant.toString().strip();
    }

    /**
     * Reads the JSON body.
     *
     * @throws InvalidApplication with every reason when it is no application
     */
    public static JsonObject parse(String body) {
        Object parsed;
        try {
            parsed = Jsoner.deserialize(body);
        } catch (DeserializationException e) {
            throw new InvalidApplication(List.of("the body is not JSON: " + e.getMessage()));
        }
        if (!(parsed instanceof JsonObject object)) {
            throw new InvalidApplication(List.of("the body must be a JSON object"));
        }
        return object;
    }

    /**
     * The application for {@code applicant}, submitted by {@code submittedBy} (null for the applicant themselves),
     * under {@code reference}.
     *
     * @throws InvalidApplication with every reason when the form is not a valid application
     */
    public static Application toApplication(JsonObject form, UUID reference, String applicant, String submittedBy) {
        return new ApplicationForm(form).read(reference, applicant, submittedBy);
    }

    private Application read(UUID reference, String applicant, String submittedBy) {
        unknownFields(json, FIELDS, "");
        Application application = new Application();
        application.setApplicationReference(reference.toString());
        application.setApplicantCpr(applicant);
        application.setSubmittedByCpr(submittedBy);
        application.setAddress(address());
        application.setMonthlyRent(amount("monthlyRent"));
        application.setAreaSquareMetres(whole("areaSquareMetres", 1, 1000));
        application.setAdults(whole("adults", 1, 20));
        application.setChildren(whole("children", 0, 20));
        application.setHouseholdAnnualIncome(amount("householdIncome"));
        application.setMoveInDate(date("moveInDate"));
        if (problems.isEmpty()) {
            problems.addAll(CaseSystemSchema.problems(application));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplication(problems);
        }
        return application;
    }

    private Address address() {
        Object value = json.get("address");
        if (!(value instanceof Map<?, ?> fields)) {
            problems.add("address is required: {street, houseNumber, floor, door, postalCode, city}");
            return null;
        }
        JsonObject address = new JsonObject();
        fields.forEach((k, v) -> address.put(String.valueOf(k), v));
        unknownFields(address, ADDRESS_FIELDS, "address.");
        Address result = new Address();
        result.setStreetName(text(address, "street", "[\\p{L}\\p{M}0-9 .,'-]{1,100}", "1 to 100 letters"));
        result.setHouseNumber(text(address, "houseNumber", "[0-9]{1,3}[A-Z]?", "a number, perhaps with a letter: 12B"));
        result.setFloor(optional(address, "floor", "st|kl|[0-9]{1,2}", "st, kl or a number"));
        result.setDoor(optional(address, "door", "tv|th|mf|[0-9]{1,4}", "tv, th, mf or a number"));
        result.setPostalCode(text(address, "postalCode", "[0-9]{4}", "four digits"));
        result.setCity(text(address, "city", "[\\p{L}\\p{M} .-]{1,100}", "1 to 100 letters"));
        return result;
    }

    private String text(JsonObject object, String field, String pattern, String expected) {
        Object value = object.get(field);
        if (!(value instanceof String text) || !text.strip().matches(pattern)) {
            problems.add("address." + field + " must be " + expected);
            return null;
        }
        return text.strip();
    }

    private String optional(JsonObject object, String field, String pattern, String expected) {
        return object.get(field) == null ? null : text(object, field, pattern, expected);
    }

    private BigDecimal amount(String field) {
        Object value = json.get(field);
        if (!(value instanceof Number number)) {
            problems.add(field + " is required: an amount in kroner");
            return null;
        }
        BigDecimal amount = new BigDecimal(number.toString());
        if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000000")) > 0) {
            problems.add(field + " must be an amount in kroner from 0 to 100000000, with at most two decimals");
            return null;
        }
        return amount;
    }

    private int whole(String field, int min, int max) {
        Object value = json.get(field);
        if (!(value instanceof Number number) || new BigDecimal(number.toString()).stripTrailingZeros().scale() > 0
                || number.longValue() < min || number.longValue() > max) {
            problems.add(field + " must be a whole number from " + min + " to " + max);
            return min;
        }
        return number.intValue();
    }

    private XMLGregorianCalendar date(String field) {
        Object value = json.get(field);
        try {
            LocalDate date = LocalDate.parse(String.valueOf(value));
            return DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(date.toString());
        } catch (DateTimeParseException e) {
            problems.add(field + " must be a date: YYYY-MM-DD");
            return null;
        }
    }

    private void unknownFields(JsonObject object, Set<String> known, String prefix) {
        object.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(prefix + CprNumber.maskedIn(k) + " is not a field of an application"));
    }
}
