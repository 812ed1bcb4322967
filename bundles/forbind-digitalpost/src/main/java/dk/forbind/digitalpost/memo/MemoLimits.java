package dk.forbind.digitalpost.memo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How large a letter and each of its files may be (decoded bytes), and which file types it may carry. A document
 * as received (XML or JSON, files in base64) may be a third larger than its files and a little more; anything
 * longer is refused before it is parsed.
 */
public record MemoLimits(long maxLetterBytes, long maxFileBytes, Set<String> fileTypes) {
    private static final long MEGABYTE = 1024L * 1024;
    /** Room for the header and the XML around the files. */
    private static final long ENVELOPE_BYTES = MEGABYTE;

    public MemoLimits {
        if (maxFileBytes <= 0 || maxLetterBytes < maxFileBytes) {
            throw new IllegalArgumentException("a letter's limit (" + maxLetterBytes + " bytes) must be at least"
                    + " its files' limit (" + maxFileBytes + " bytes), which must be positive");
        }
        fileTypes = fileTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Limits from configuration: megabytes, and a comma-separated list of MIME types. */
    public static MemoLimits of(int letterMegabytes, int fileMegabytes, String fileTypes) {
        return new MemoLimits(letterMegabytes * MEGABYTE, fileMegabytes * MEGABYTE,
                Arrays.stream(fileTypes.split(",")).collect(Collectors.toSet()));
    }

    /** Digital Post's own: 15 MB a letter, 10 MB a file; PDF, text, HTML and the common image types. */
    public static MemoLimits defaults() {
        return of(15, 10, "application/pdf,text/plain,text/html,image/png,image/jpeg,image/tiff");
    }

    /** The longest document (as received) worth parsing: the files in base64 and the envelope. */
    public long maxDocumentBytes() {
        return maxLetterBytes / 3 * 4 + ENVELOPE_BYTES;
    }
}
