package dk.forbind.transparency;

import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.IntakeProgress;
import dk.forbind.api.transparency.RetentionPurge;
import dk.forbind.api.transparency.TransparencyRegistry;
import dk.forbind.core.OutageLog;
import dk.forbind.core.TablesOnFirstUse;
import dk.forbind.transparency.chain.CheckpointSigner;
import dk.forbind.transparency.chain.RegistryKeys;
import dk.forbind.transparency.chain.SubjectKey;
import dk.forbind.transparency.intake.EventIntake;
import dk.forbind.transparency.store.ChainVerifier;
import dk.forbind.transparency.store.Disclosures;
import dk.forbind.transparency.store.EventLog;
import dk.forbind.transparency.store.RegistrySchema;
import dk.forbind.transparency.store.RetentionPurger;
import dk.forbind.transparency.store.UsageQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transparency registry on this node: its keys, its tables on the platform datasource, the
 * intake thread that stores events from the broker, periodic checkpoints and retention purges. Of several nodes on
 * one database only the chain writer ({@link NodeRoles#CHAIN_WRITER}) takes events, signs checkpoints and purges;
 * the others answer the APIs from the same tables and take over the intake when the writer goes away.
 */
@Component(service = {TransparencyRegistry.class, TransparencyService.class},
        configurationPid = "dk.forbind.transparency", immediate = true)
@Designate(ocd = TransparencyConfig.class)
public class TransparencyService implements TransparencyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TransparencyService.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    @Reference
    private NodeRoles roles;

    private final Clock clock = Clock.systemUTC();
    private TransparencyConfig config;
    private CheckpointSigner signer;
    private SubjectKey subjectKey;
    private EventLog log;
    private EventIntake intake;
    private Thread intakeThread;
    private volatile Instant lastAppend = Instant.EPOCH;
    private volatile Duration lastLag;
    private volatile Instant lastPurge = Instant.EPOCH;
    private TablesOnFirstUse tables;
    private final OutageLog housekeeping = new OutageLog(LOG, "Transparency housekeeping (checkpoints, retention)");

    @Activate
    void activate(TransparencyConfig config) throws IOException, SQLException {
        this.config = config;
        signer = new CheckpointSigner(RegistryKeys.signingKey(path(config.signing_key_file()),
                path(config.signing_public_key_file())));
        subjectKey = new SubjectKey(RegistryKeys.subjectSecret(path(config.subject_key_file())));
        tables = new TablesOnFirstUse("transparency registry", () -> RegistrySchema.createIfMissing(dataSource));
        tables.atStart();
        log = new EventLog(dataSource, subjectKey, signer, clock, config.checkpoint_interval());
        intake = new EventIntake(connectionFactory, new IntakeStore(), config.batch_size(), config.batch_wait_ms(),
                () -> roles.holds(NodeRoles.CHAIN_WRITER));
        intakeThread = new Thread(intake, "forbind-transparency-intake");
        intakeThread.start();
        LOG.info("Transparency registry started: checkpoints signed with key {}, every {} records", signer.keyId(),
                config.checkpoint_interval());
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        intake.stop();
        intakeThread.join(Duration.ofSeconds(10).toMillis());
        roles.release(NodeRoles.CHAIN_WRITER);
        LOG.info("Transparency registry stopped ({} events stored since start)", intake.stored());
    }

    @Override
    public ChainVerification verify() {
        try {
            tables.ensure();
            ChainVerification result = new ChainVerifier(dataSource, signer, clock).verify();
            if (result.ok()) {
                LOG.info("Transparency chain verified: {}", result.summary());
            } else {
                LOG.error("Transparency chain verification FAILED: {}", result.summary());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry to verify it: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkpoint() {
        try {
            tables.ensure();
            log.checkpoint();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sign a checkpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public RetentionPurge purgeBefore(Instant cutoff) {
        try {
            tables.ensure();
            RetentionPurge purge = new RetentionPurger(dataSource).purgeBefore(cutoff);
            if (purge.purgedRecords() > 0) {
                LOG.info("Retention purge: {} records before {} deleted, chain now anchored at signed checkpoint {}",
                        purge.purgedRecords(), cutoff, purge.anchorSeq());
            }
            return purge;
        } catch (SQLException e) {
            throw new IllegalStateException("retention purge failed: " + e.getMessage(), e);
        }
    }

    @Override
    public IntakeProgress intake() {
        try {
            tables.ensure();
            Instant appended = lastAppend;
            return new IntakeProgress(log.headSeq(), appended.equals(Instant.EPOCH) ? null : appended, lastLag);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry's head: " + e.getMessage(), e);
        }
    }

    @Override
    public String signingKeyPem() {
        return RegistryKeys.publicKeyPem(signer.publicKey());
    }

    public String keyId() {
        return signer.keyId();
    }

    public SubjectKey subjectKey() {
        return subjectKey;
    }

    public UsageQuery usage() {
        ensureTables();
        return new UsageQuery(dataSource);
    }

    public Disclosures disclosures() {
        ensureTables();
        return new Disclosures(dataSource);
    }

    private void ensureTables() {
        try {
            tables.ensure();
        } catch (SQLException e) {
            throw new IllegalStateException("the registry's database does not answer: " + e.getMessage(), e);
        }
    }

    private static Path path(String configured) {
        return Path.of(configured
                .replace("${karaf.etc}", System.getProperty("karaf.etc", "etc"))
                .replace("${karaf.base}", System.getProperty("karaf.base", ".")));
    }

    /** What the intake thread does with batches and idle time. */
    private final class IntakeStore implements EventIntake.Store {
        @Override
        public int append(List<DataAccessEvent> events) throws SQLException {
            tables.ensure();
            int added = log.append(events);
            lastAppend = clock.instant();
            events.stream().map(DataAccessEvent::logTime).min(Instant::compareTo)
                    .ifPresent(oldest -> lastLag = Duration.between(oldest, lastAppend));
            return added;
        }

        @Override
        public void idle() {
            Instant now = clock.instant();
            try {
                if (Duration.between(lastAppend, now).getSeconds() >= config.checkpoint_idle_seconds()) {
                    tables.ensure();
                    log.checkpoint();
                }
                if (config.retention_days() > 0 && Duration.between(lastPurge, now).compareTo(PURGE_EVERY) >= 0) {
                    lastPurge = now;
                    purgeBefore(now.minus(Duration.ofDays(config.retention_days())));
                }
                housekeeping.worked();
            } catch (SQLException | RuntimeException e) {
                housekeeping.failed(e.getMessage(), "retried whenever the intake is idle");
            }
        }
    }
}
