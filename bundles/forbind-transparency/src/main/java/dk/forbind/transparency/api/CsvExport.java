package dk.forbind.transparency.api;

import dk.forbind.transparency.chain.LoggedEvent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One CSV line per record (RFC 4180: comma-separated, CRLF, fields quoted when needed). */
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

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
