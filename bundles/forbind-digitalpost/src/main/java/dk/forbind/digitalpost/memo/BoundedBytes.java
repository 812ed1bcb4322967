package dk.forbind.digitalpost.memo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole, but never more than a limit: a longer stream is refused, not read to its end. */
public final class BoundedBytes {
    private BoundedBytes() {
    }

    /** @throws LetterRejected when the stream has more than {@code limit} bytes */
    public static byte[] read(InputStream in, long limit, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new LetterRejected("the " + what + " is longer than " + limit + " bytes, the most that is read");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
