package dk.forbind.digitalpost.shell;

import dk.forbind.digitalpost.DigitalPostLetters;
import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.StatusChange;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "forbind", name = "letter", description = "Shows one Digital Post letter and its whole history:"
        + " each step with its time, code and detail (receipts, errors, the transaction)")
@Service
public class LetterCommand implements Action {
    @Reference
    private DigitalPostLetters letters;

    @Argument(index = 0, name = "uuid", required = true, description = "The letter's messageUUID")
    private String uuid;

    @Override
    public Object execute() throws SQLException {
        UUID id;
        try {
            id = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            System.err.println("'" + uuid + "' is not a letter's UUID");
            return null;
        }
        Optional<LetterRecord> found = letters.table().find(id);
        if (found.isEmpty()) {
            System.err.println("No letter " + id);
            return null;
        }
        LetterRecord letter = found.get();
        System.out.println("Letter      " + letter.uuid() + "  \"" + letter.label() + "\"");
        System.out.println("Status      " + letter.status() + (letter.channel() == null ? "" : " (" + letter.channel()
                + ")"));
        System.out.println("From        " + letter.senderId() + ", handed in by " + letter.senderSystem());
        System.out.println("To          " + letter.recipient());
        System.out.println("Case        " + (letter.caseId() == null ? "-" : letter.caseId()));
        System.out.println("Transaction " + (letter.transactionId() == null ? "-" : letter.transactionId()));
        System.out.println("Content     " + letter.contentBytes() + " bytes, " + (letter.contentKept() ? "kept"
                : "forgotten after settling"));
        ShellTable history = new ShellTable();
        history.column("When");
        history.column("Status");
        history.column("Code");
        history.column("Detail");
        for (StatusChange change : letter.history()) {
            history.addRow().addContent(LettersCommand.WHEN.format(change.at()), change.status(),
                    change.code() == null ? "" : change.code(), change.detail() == null ? "" : change.detail());
        }
        history.print(System.out);
        return null;
    }
}
