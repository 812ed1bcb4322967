package dk.forbind.shell;

import dk.forbind.api.transparency.RetentionPurge;
import dk.forbind.api.transparency.TransparencyRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "transparency-purge",
        description = "Deletes registry records older than a date, cut at a signed checkpoint that stays as the"
                + " anchor of the remaining chain")
@Service
public class TransparencyPurgeCommand implements Action {

    @Reference
    private TransparencyRegistry registry;

    @Option(name = "--before", description = "Date (2025-01-01, UTC) before which records go", required = true)
    private String before;

    @Override
    public Object execute() {
        Instant cutoff;
        try {
            cutoff = LocalDate.parse(before.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            System.out.println("--before must be a date like 2025-01-01, got '" + before + "'");
            return null;
        }
        registry.checkpoint();
        RetentionPurge purge = registry.purgeBefore(cutoff);
        if (purge.purgedRecords() == 0) {
            System.out.println("Nothing to purge: no signed checkpoint covers only records older than " + before);
        } else {
            System.out.println("Purged " + purge.purgedRecords() + " records; the chain now starts after signed"
                    + " checkpoint " + purge.anchorSeq());
        }
        return null;
    }
}
