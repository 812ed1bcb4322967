package dk.forbind.transparency.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The canonical encoding of a stored record, the input of its hash (format version 1, specified in
 * docs/transparency.md so an outside auditor can recompute it). UTF-8; a first line naming the
 * format, then one line per field in a fixed order: {@code name:length:value}, where length is the
 * value's length in UTF-8 bytes, or {@code name:-} for an absent value. Lists are {@code name#count}
 * followed by one {@code item:length:value} line per element. Lines end with a single {@code \n}.
 * Instants are UTC with exactly three fraction digits ({@code 2026-11-28T10:15:30.120Z}).
 */
public final class CanonicalRecord {
    public static final String FORMAT = "forbind-transparency-record/1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private CanonicalRecord() {
    }

    public static byte[] encode(LoggedEvent r) {
        CanonicalRecord c = new CanonicalRecord();
        c.line(FORMAT);
        c.field("seq", Long.toString(r.seq()));
        c.field("eventId", r.eventId());
        c.field("logTime", instant(r.logTime()));
        c.field("subjectType", r.subjectType().name());
        c.field("subjectKey", r.subjectKey());
        c.field("processingType", r.processingType().name());
        c.field("purpose", r.purpose());
        c.field("legalBasis", r.legalBasis());
        c.list("dataCategories", r.dataCategories());
        c.field("initiatorOrgCode", r.initiatorOrgCode());
        c.field("initiatorOrgName", r.initiatorOrgName());
        c.field("initiatorSystem", r.initiatorSystem());
        c.field("initiatorPerson", r.initiatorPerson());
        c.field("targetOrg", r.targetOrg());
        c.field("sourceOrg", r.sourceOrg());
        c.field("connector", r.connector());
        c.field("correlationId", r.correlationId());
        c.field("caseId", r.caseId());
        c.field("bulk", Boolean.toString(r.bulk()));
        c.field("hiddenUntil", r.hiddenUntil() == null ? null : instant(r.hiddenUntil()));
        c.field("hiddenReason", r.hiddenReason());
        c.field("prevHash", r.prevHash());
        return c.out.toByteArray();
    }

    /** An instant in the canonical form. */
    public static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    private void field(String name, String value) {
        if (value == null) {
            line(name + ":-");
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        write(name + ":" + bytes.length + ":");
        out.writeBytes(bytes);
        out.write('\n');
    }

    private void list(String name, List<String> values) {
        line(name + "#" + values.size());
        for (String value : values) {
            field("item", value);
        }
    }

    private void line(String text) {
        write(text);
        out.write('\n');
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
