package dk.forbind.connector.cprbatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How far the records of a file have reached the broker, kept in {@code .progress/} of the inbox
 * under the file's digest so that a file re-read after a crash resumes where it was. Before each
 * broker commit the batch's last line is marked pending; after it, committed. After a crash the
 * lines between the two are uncertain: they may or may not have been committed.
 */
final class BatchProgress {
    private final Path file;

    /** Lines up to {@code committed} reached the broker; those up to {@code pending} may have. */
    record Mark(long committed, long pending) {
        static final Mark NONE = new Mark(0, 0);
    }

    BatchProgress(Path inbox, String digest) {
        this.file = inbox.resolve(".progress").resolve(digest);
    }

    Mark read() throws IOException {
        if (!Files.exists(file)) {
            return Mark.NONE;
        }
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
        return new Mark(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    void pending(long committed, long pending) throws IOException {
        write(new Mark(committed, pending));
    }

    void committed(long line) throws IOException {
        write(new Mark(line, line));
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private void write(Mark mark) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, mark.committed() + " " + mark.pending(), StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
