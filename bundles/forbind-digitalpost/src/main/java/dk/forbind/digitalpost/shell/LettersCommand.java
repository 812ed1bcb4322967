package dk.forbind.digitalpost.shell;

import dk.forbind.digitalpost.DigitalPostLetters;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.LetterStatus;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "forbind", name = "letters", description = "Lists Digital Post letters, the latest changed first:"
        + " where each is (ACCEPTED, SENT, PAPER, DELIVERED, FAILED), on which channel, for which case")
@Service
public class LettersCommand implements Action {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Reference
    private DigitalPostLetters letters;

    @Option(name = "--status", description = "Only letters in this status")
    private String status;

    @Option(name = "--max", description = "How many letters to list (default 50)")
    private int max = 50;

    @Override
    public Object execute() throws SQLException {
        LetterStatus only = null;
        if (status != null) {
            try {
                only = LetterStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("No status " + status + "; the statuses are ACCEPTED, SENT, PAPER, DELIVERED, FAILED");
                return null;
            }
        }
        ShellTable table = new ShellTable();
        table.column("Changed");
        table.column("Letter");
        table.column("Status");
        table.column("Channel");
        table.column("Sender");
        table.column("Recipient");
        table.column("Case");
        table.column("Label");
        for (LetterRecord letter : letters.table().recent(max, only)) {
            table.addRow().addContent(WHEN.format(letter.updatedAt()), letter.uuid(), letter.status(),
                    letter.channel() == null ? "" : letter.channel(), letter.senderId(), letter.recipient(),
                    letter.caseId() == null ? "" : letter.caseId(), letter.label());
        }
        table.print(System.out);
        return null;
    }
}
