package dk.forbind.connector.cprbatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The last line of a file whose records the broker has committed, kept in {@code .progress/} of the
 * inbox under the file's digest, so a file re-read after a crash resumes after it. It is written
 * after each broker commit; the broker's duplicate detection covers the one batch between a commit
 * and its progress write.
 */
final class BatchProgress {
    private final Path file;

    BatchProgress(Path inbox, String digest) {
        this.file = inbox.resolve(".progress").resolve(digest);
    }

    long committedLine() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    void save(long line) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, Long.toString(line), StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
