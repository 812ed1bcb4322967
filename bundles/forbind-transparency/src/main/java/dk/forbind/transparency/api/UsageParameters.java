package dk.forbind.transparency.api;

import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.rest.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The query parameters of the citizen API, checked with messages that say what is accepted. A period
 * bound is a date ({@code 2026-03-01}, UTC) or an instant ({@code 2026-03-01T12:00:00Z}); {@code to}
 * as a date includes that whole day. Bounds lie between 1970-01-01 and the end of 9999-12-31: the registry
 * holds nothing outside, and every database stores that range.
 */
record UsageParameters(Instant from, Instant to, ProcessingType type, long offset, int limit) {
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;
    static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
    private static final Instant LATEST_BOUND = Instant.parse("+10000-01-01T00:00:00Z");

    static UsageParameters parse(String from, String to, String type, String offset, String limit) {
        Instant start = from == null || from.isBlank() ? BEGINNING : bound("from", from, false);
        Instant end = to == null || to.isBlank() ? END : bound("to", to, true);
        if (!start.isBefore(end)) {
            throw ApiError.badRequest("the period is empty: 'from' (" + from + ") must be before 'to' (" + to + ")");
        }
        ProcessingType processingType = null;
        if (type != null && !type.isBlank()) {
            try {
                processingType = ProcessingType.parse(type);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("processingType: " + e.getMessage());
            }
        }
        long skip = number("offset", offset, 0, 0, Long.MAX_VALUE);
        int take = (int) number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return new UsageParameters(start, end, processingType, skip, take);
    }

    /** Just the period, for exports. */
    static UsageParameters period(String from, String to) {
        return parse(from, to, null, null, null);
    }

    private static Instant bound(String name, String text, boolean endOfDay) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return within(name, text, (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return within(name, text, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": '" + text + "' is neither a date (2026-03-01) nor an instant"
                    + " (2026-03-01T12:00:00Z)");
        }
    }

    private static Instant within(String name, String text, Instant bound) {
        if (bound.isBefore(BEGINNING) || bound.isAfter(LATEST_BOUND)) {
            throw ApiError.badRequest(name + ": '" + text + "' lies outside 1970-01-01 to 9999-12-31");
        }
        return bound;
    }

    private static long number(String name, String text, long fallback, long min, long max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, got '" + text + "'");
        }
    }
}
