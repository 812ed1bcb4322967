package dk.forbind.core.batch;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.batch.CompletedBatchFile;
import dk.forbind.core.TablesOnFirstUse;
import dk.forbind.core.internal.CoreConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's {@link BatchFileLedger} on the platform database ({@code etc/dk.forbind.core.cfg}). */
@Component(service = BatchFileLedger.class, configurationPid = "dk.forbind.core")
public class BatchFileLedgerService implements BatchFileLedger {

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    private BatchFileTable table;
    private TablesOnFirstUse tables;

    @Activate
    void activate(CoreConfig settings) {
        table = new BatchFileTable(dataSource, Duration.ofDays(settings.batch_files_retention_days()),
                Clock.systemUTC());
        tables = new TablesOnFirstUse("batch-file ledger", table::createIfMissing);
        tables.atStart();
    }

    @Override
    public Optional<CompletedBatchFile> completed(String connector, String digest) {
        ensureTable();
        return table.completed(connector, digest);
    }

    @Override
    public void record(CompletedBatchFile file) {
        ensureTable();
        table.record(file);
    }

    @Override
    public List<CompletedBatchFile> recent(String connector, int max) {
        ensureTable();
        return table.recent(connector, max);
    }

    @Override
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            tables.ensure();
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void ensureTable() {
        try {
            tables.ensure();
        } catch (SQLException e) {
            throw new IllegalStateException("the batch-file ledger cannot be read: " + e.getMessage(), e);
        }
    }
}
