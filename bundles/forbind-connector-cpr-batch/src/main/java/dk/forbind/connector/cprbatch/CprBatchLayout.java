package dk.forbind.connector.cprbatch;

/**
 * The fixed-width record layout of the batch files this connector reads, in the style of the CPR
 * extract. ISO-8859-1, one record a line, positions 1-based and inclusive (see docs/cpr-batch.md).
 *
 * <pre>
 * 000 start:  1-3 "000" | 4-11 creation date yyyyMMdd | 12-31 batch id (left-aligned)
 * 001 person: 1-3 "001" | 4-13 CPR | 14-63 first names | 64-103 surname | 104-143 street
 *             | 144-147 postcode | 148-167 city
 * 999 end:    1-3 "999" | 4-11 number of 001 records, zero-padded
 * </pre>
 * Trailing spaces of a start or person record may be missing (editors strip them), but a start
 * record must hold at least one character of its batch id and a person record must reach the end of
 * the postcode.
 */
final class CprBatchLayout {
    static final String START = "000";
    static final String PERSON = "001";
    static final String END = "999";

    static final int START_LENGTH = 31;
    static final int START_MIN_LENGTH = 12;
    static final int END_LENGTH = 11;
    static final int PERSON_LENGTH = 167;
    static final int PERSON_MIN_LENGTH = 147;

    /** A field as 1-based inclusive positions, as the layout is documented. */
    record Field(String name, int from, int to) {
        String in(String line) {
            return line.substring(from - 1, Math.min(to, line.length())).strip();
        }
    }

    static final Field CPR = new Field("CPR", 4, 13);
    static final Field FIRST_NAMES = new Field("first names", 14, 63);
    static final Field SURNAME = new Field("surname", 64, 103);
    static final Field STREET = new Field("street", 104, 143);
    static final Field POSTCODE = new Field("postcode", 144, 147);
    static final Field CITY = new Field("city", 148, 167);
    static final Field CREATED = new Field("creation date", 4, 11);
    static final Field BATCH_ID = new Field("batch id", 12, 31);
    static final Field RECORD_COUNT = new Field("record count", 4, 11);

    private CprBatchLayout() {
    }

    /**
     * Whether a line of a checked file is a person record to publish: anything but the first line
     * (the start record), blank lines and the end record. A stray record of another type in between
     * counts too, so it is sent and parked as invalid rather than dropped unseen.
     */
    static boolean isPersonRecord(long lineNumber, String line) {
        return lineNumber > 1 && !line.isBlank() && !END.equals(recordType(line));
    }

    static String recordType(String line) {
        return line.length() < 3 ? line : line.substring(0, 3);
    }
}
