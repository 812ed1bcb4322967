package dk.forbind.connector.cprbatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * First pass over a batch file, streaming and in bounded memory: a start record first, an end
 * record last whose count matches the person records between, and the file's SHA-256 (its identity
 * for duplicate detection and progress). Bad person records are not this pass's concern: they are
 * parked one by one while the others go through.
 */
final class BatchFileCheck {

    private BatchFileCheck() {
    }

    static BatchFileSummary check(Path file) throws IOException, InvalidBatchFileException {
        String name = file.getFileName().toString();
        MessageDigest sha256 = sha256();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digesting = new DigestInputStream(raw, sha256);
             BufferedReader reader = new BufferedReader(new InputStreamReader(digesting, StandardCharsets.ISO_8859_1),
                     1 << 16)) {
            String first = reader.readLine();
            if (first == null) {
                throw new InvalidBatchFileException(name, 0, "the file is empty");
            }
            if (!CprBatchLayout.START.equals(CprBatchLayout.recordType(first))
                    || first.length() < CprBatchLayout.START_MIN_LENGTH || first.length() > CprBatchLayout.START_LENGTH) {
                throw new InvalidBatchFileException(name, 1, "the first record must be a start record ("
                        + CprBatchLayout.START + ", creation date and batch id: " + CprBatchLayout.START_MIN_LENGTH
                        + " to " + CprBatchLayout.START_LENGTH + " characters)");
            }
            String batchId = CprBatchLayout.BATCH_ID.in(first);
            long lineNumber = 1;
            long persons = 0;
            String endRecord = null;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (endRecord != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    throw new InvalidBatchFileException(name, lineNumber, "data after the end record");
                }
                if (CprBatchLayout.END.equals(CprBatchLayout.recordType(line))) {
                    endRecord = line;
                    checkCount(name, lineNumber, line, persons);
                } else if (CprBatchLayout.isPersonRecord(lineNumber, line)) {
                    persons++;
                }
            }
            if (endRecord == null) {
                throw new InvalidBatchFileException(name, lineNumber, "no end record (" + CprBatchLayout.END
                        + "); the file may be incomplete");
            }
            return new BatchFileSummary(HexFormat.of().formatHex(sha256.digest()), batchId, persons, lineNumber);
        }
    }

    private static void checkCount(String name, long lineNumber, String endRecord, long persons)
            throws InvalidBatchFileException {
        String count = CprBatchLayout.RECORD_COUNT.in(endRecord);
        if (endRecord.length() != CprBatchLayout.END_LENGTH || !count.matches("\\d{8}")) {
            throw new InvalidBatchFileException(name, lineNumber, "the end record must be " + CprBatchLayout.END
                    + " followed by the record count in 8 digits");
        }
        if (Long.parseLong(count) != persons) {
            throw new InvalidBatchFileException(name, lineNumber, "the end record counts " + Long.parseLong(count)
                    + " records but the file holds " + persons);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
