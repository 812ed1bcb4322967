package dk.forbind.connector.cprbatch;

/** The file as a whole is unusable (no start or end record, wrong count); nothing of it is sent. */
final class InvalidBatchFileException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidBatchFileException(String fileName, long line, String problem) {
        super(fileName + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
