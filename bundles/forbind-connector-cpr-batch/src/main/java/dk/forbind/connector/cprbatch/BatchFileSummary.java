package dk.forbind.connector.cprbatch;

/** What the structure check learned about a batch file. */
record BatchFileSummary(String digest, String batchId, long personRecords, long lines) {
}
