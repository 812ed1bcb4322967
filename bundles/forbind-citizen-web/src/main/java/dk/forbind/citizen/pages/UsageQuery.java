package dk.forbind.citizen.pages;

import dk.forbind.api.transparency.ProcessingType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The usage page's choices as the browser sends them: period ({@code fra}, {@code til}, dates, Danish time, both
 * days included), authority ({@code myndighed}, a CVR), kind ({@code type}) and page ({@code side}, from 1). Blank
 * means any; anything else that is not valid is an IllegalArgumentException that says what.
 */
public record UsageQuery(LocalDate from, LocalDate to, String authority, ProcessingType type, int page) {
    /** Everything: no period, authority or kind chosen. */
    public static final UsageQuery ANY = new UsageQuery(null, null, null, null, 1);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    public static UsageQuery read(Function<String, String> parameters) {
        LocalDate from = date(parameters.apply("fra"), "fra");
        LocalDate to = date(parameters.apply("til"), "til");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'til' (" + to + ") is before 'fra' (" + from + ")");
        }
        String authority = blankToNull(parameters.apply("myndighed"));
        if (authority != null && !authority.matches("[0-9A-Za-z-]{1,40}")) {
            throw new IllegalArgumentException("'myndighed' is not an authority's code");
        }
        String type = blankToNull(parameters.apply("type"));
        String page = blankToNull(parameters.apply("side"));
        int number;
        try {
            number = page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'side' must be a page number");
        }
        if (number < 1 || number > 1_000_000) {
            throw new IllegalArgumentException("'side' must be a page number from 1");
        }
        return new UsageQuery(from, to, authority, type == null ? null : ProcessingType.parse(type), number);
    }

    /** The start of the period, or the registry's beginning. */
    public Instant fromInstant() {
        return from == null ? Instant.EPOCH : from.atStartOfDay(DANISH_TIME).toInstant();
    }

    /** The end of the period (after its last day), or far in the future. */
    public Instant toInstant() {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay(DANISH_TIME).toInstant();
    }

    /** The same choices on another page, as a query string. */
    public String onPage(int other) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fra", from == null ? null : from.toString());
        query.put("til", to == null ? null : to.toString());
        query.put("myndighed", authority);
        query.put("type", type == null ? null : type.name());
        query.put("side", Integer.toString(other));
        return query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String text, String name) {
        String value = blankToNull(text);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date like 2026-03-01");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
