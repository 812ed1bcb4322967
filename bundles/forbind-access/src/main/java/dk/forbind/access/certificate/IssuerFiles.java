package dk.forbind.access.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted issuers file and the revocation lists as files an operator replaces while the node runs: a CA
 * publishes a new CRL before the old one's next update, and one past it refuses every certificate of its CA. When
 * a file changed (looked at no more often than {@code interval}) the check is read again; a file that cannot be
 * read keeps the previous check and says why in the log.
 */
public final class IssuerFiles {
    private static final Logger LOG = LoggerFactory.getLogger(IssuerFiles.class);

    private final Path issuers;
    private final List<Path> revocationLists;
    private final Clock clock;
    private final Duration interval;
    private AgencyCertificateCheck check;
    private List<FileTime> stamps;
    private Instant lastLook;

    public IssuerFiles(Path issuers, List<Path> revocationLists, Clock clock, Duration interval)
            throws IOException, GeneralSecurityException {
        this.issuers = issuers;
        this.revocationLists = List.copyOf(revocationLists);
        this.clock = clock;
        this.interval = interval;
        this.stamps = stamps();
        this.check = TrustedIssuers.read(issuers, this.revocationLists);
        this.lastLook = clock.instant();
    }

    /** The check from the files as they are now (read again when one of them changed). */
    public synchronized AgencyCertificateCheck current() {
        Instant now = clock.instant();
        if (now.isBefore(lastLook.plus(interval))) {
            return check;
        }
        lastLook = now;
        try {
            List<FileTime> seen = stamps();
            if (!seen.equals(stamps)) {
                check = TrustedIssuers.read(issuers, revocationLists);
                stamps = seen;
                LOG.info("Trusted issuers and revocation lists read again ({} changed)", issuers.getParent());
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warn("Trusted issuers or revocation lists changed but cannot be read, the previous ones stay in"
                    + " force: {}", e.getMessage());
        }
        return check;
    }

    private List<FileTime> stamps() throws IOException {
        List<FileTime> times = new ArrayList<>();
        times.add(Files.getLastModifiedTime(issuers));
        for (Path file : revocationLists) {
            times.add(Files.getLastModifiedTime(file));
        }
        return times;
    }
}
