package dk.forbind.digitalpost;

import dk.forbind.core.OutageLog;
import dk.forbind.digitalpost.letter.LetterTable;
import dk.forbind.digitalpost.letter.NewLetter;
import dk.forbind.digitalpost.letter.Registration;
import dk.forbind.digitalpost.memo.MemoJson;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's Digital Post letters: reading and checking what agencies hand in (MeMo XML or JSON, within the
 * configured limits), registering each letter once, and the letter table the connector, the API and the shell
 * share. Once an hour it forgets the content of letters settled longer ago than the retention.
 */
@Component(service = DigitalPostLetters.class, configurationPid = DigitalPostConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DigitalPostConfig.class)
public class DigitalPostLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DigitalPostLetters.class);

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    private MemoLimits limits;
    private MemoReader xml;
    private MemoJson json;
    private LetterTable table;
    private Duration retention;
    private Semaphore readings;
    private Duration readingWait;
    private ScheduledExecutorService housekeeping;
    private final OutageLog housekeepingLog = new OutageLog(LOG, "Digital Post content retention");

    @Activate
    void activate(DigitalPostConfig config) {
        limits = MemoLimits.of(config.letter_max_megabytes(), config.file_max_megabytes(), config.file_types());
        xml = new MemoReader(limits);
        json = new MemoJson(limits);
        readings = new Semaphore(Math.max(1, config.concurrent_readings()), true);
        readingWait = Duration.ofSeconds(Math.max(1, config.reading_wait_seconds()));
        table = new LetterTable(dataSource, Clock.systemUTC());
        table.createAtStart();
        retention = Duration.ofDays(Math.max(0, config.content_retention_days()));
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "forbind-letter-retention"));
        housekeeping.scheduleWithFixedDelay(this::forgetSettledContent, 1, 60, TimeUnit.MINUTES);
        LOG.info("Digital Post letters: at most {} MB a letter, {} MB a file, types {}; content kept {} days after"
                + " settling", config.letter_max_megabytes(), config.file_max_megabytes(), limits.fileTypes(),
                retention.toDays());
    }

    @Deactivate
    void deactivate() {
        housekeeping.shutdownNow();
    }

    /**
     * The letter in this document, checked. Reading a letter briefly takes a few times its size in memory, so only
     * {@code concurrent.readings} letters are read at a time; the others wait their turn.
     *
     * @throws dk.forbind.digitalpost.memo.LetterRejected with every reason when it is no valid letter
     * @throws LettersBusy when no turn came within {@code reading.wait.seconds}
     */
    public MemoLetter read(byte[] document, boolean isJson) {
        try {
            if (!readings.tryAcquire(readingWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LettersBusy(readingWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LettersBusy(readingWait);
        }
        try {
            return isJson ? json.read(document) : xml.read(document);
        } finally {
            readings.release();
        }
    }

    /**
     * Registers the letter for this sender, who must own its sender id.
     *
     * @throws dk.forbind.digitalpost.memo.LetterRejected when the sender may not send it
     */
    public Registration register(MemoLetter letter, LetterSender sender, String correlationId) throws SQLException {
        sender.mustOwn(letter);
        return table.register(NewLetter.of(letter, sender.describe(), correlationId));
    }

    public LetterTable table() {
        return table;
    }

    public MemoLimits limits() {
        return limits;
    }

    private void forgetSettledContent() {
        try {
            int forgotten = table.forgetContent(Instant.now().minus(retention));
            housekeepingLog.worked();
            if (forgotten > 0) {
                LOG.info("Forgot the content of {} letters settled more than {} days ago", forgotten, retention.toDays());
            }
        } catch (SQLException | RuntimeException e) {
            housekeepingLog.failed(e.getMessage(), "the content of settled letters is kept until it answers");
        }
    }
}
