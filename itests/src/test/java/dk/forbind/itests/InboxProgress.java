package dk.forbind.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How far the files in a batch inbox are published, read from their progress marks as an operator would. */
final class InboxProgress {
    private InboxProgress() {
    }

    /** The highest line a progress mark names as committed to the broker; a mark being replaced reads as 0. */
    static long committedLines(Path inbox) throws IOException {
        Path progress = inbox.resolve(".progress");
        long committed = 0;
        if (Files.isDirectory(progress)) {
            try (Stream<Path> marks = Files.list(progress)) {
                for (Path mark : (Iterable<Path>) marks::iterator) {
                    String[] parts = Files.readString(mark).strip().split(" ");
                    committed = Math.max(committed, parts[0].isEmpty() ? 0 : Long.parseLong(parts[0]));
                }
            }
        }
        return committed;
    }
}
