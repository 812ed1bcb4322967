package dk.forbind.shell;

import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.batch.CompletedBatchFile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "forbind", name = "batch-files", description = "Lists the batch files processed completely, newest"
        + " first: the same content dropped again is refused while it is listed here")
@Service
public class BatchFilesCommand implements Action {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Reference
    private BatchFileLedger ledger;

    @Argument(index = 0, name = "connector", description = "Only this connector's files (e.g. cpr-batch)")
    private String connector;

    @Option(name = "--max", description = "How many files to list (default 50)")
    private int max = 50;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Completed");
        table.column("Connector");
        table.column("File");
        table.column("Batch");
        table.column("Records").alignRight();
        table.column("SHA-256");
        for (CompletedBatchFile file : ledger.recent(connector, max)) {
            table.addRow().addContent(WHEN.format(file.completedAt()), file.connector(), file.fileName(),
                    file.batchId() == null ? "" : file.batchId(), file.records(), file.digest());
        }
        table.print(System.out);
        return null;
    }
}
