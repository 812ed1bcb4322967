package dk.forbind.transparency.api;

import dk.forbind.transparency.chain.LoggedEvent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One CSV line per record (RFC 4180: comma-separated, CRLF, fields quoted when needed). A field that a
 * spreadsheet would read as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a
 * leading apostrophe, so opening a citizen's export never runs what a sender wrote into a purpose or case id.
 */
final class CsvExport {
    static final String HEADER = line(List.of("logTime", "processingType", "purpose", "legalBasis", "dataCategories",
            "initiatorOrgCode", "initiatorOrgName", "initiatorSystem", "initiatorPerson", "targetOrg", "sourceOrg",
            "connector", "caseId", "correlationId", "bulk", "eventId", "seq", "hash"));

    private CsvExport() {
    }

    static String row(LoggedEvent r) {
        return line(Stream.of(r.logTime().toString(), r.processingType().name(), r.purpose(), r.legalBasis(),
                String.join("; ", r.dataCategories()), r.initiatorOrgCode(), r.initiatorOrgName(), r.initiatorSystem(),
                r.initiatorPerson(), r.targetOrg(), r.sourceOrg(), r.connector(), r.caseId(), r.correlationId(),
                Boolean.toString(r.bulk()), r.eventId(), Long.toString(r.seq()), r.hash()).toList());
    }

    private static String line(List<String> fields) {
        return fields.stream().map(CsvExport::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String raw) {
        if (raw == null) {
            return "";
        }
        String value = startsFormula(raw) ? "'" + raw : raw;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static boolean startsFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
