package dk.forbind.shell;

import dk.forbind.api.DeadLetter;
import dk.forbind.api.DeadLetterOffice;
import dk.forbind.api.DeadLetterQueueInfo;
import dk.forbind.api.ForbindHeaders;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "forbind", name = "dlq-list",
        description = "Lists the dead-letter queues, or the messages parked on one of them")
@Service
public class DeadLetterListCommand implements Action {
    private static final int PREVIEW = 60;

    @Reference
    private DeadLetterOffice office;

    @Argument(index = 0, name = "queue", description = "A dead-letter queue (DLQ.<address>); without it, all queues")
    private String queue;

    @Option(name = "--max", description = "Show at most this many messages")
    private int max = 100;

    @Option(name = "-v", aliases = "--verbose", description = "Show every property and the whole body")
    private boolean verbose;

    @Override
    public Object execute() {
        if (queue == null) {
            ShellTable table = new ShellTable();
            table.column("Queue");
            table.column("Messages").alignRight();
            for (DeadLetterQueueInfo info : office.queues()) {
                table.addRow().addContent(info.name(), info.messageCount());
            }
            table.print(System.out);
            return null;
        }
        if (verbose) {
            office.browse(queue, max).forEach(DeadLetterListCommand::printFull);
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Message ID");
        table.column("Parked at");
        table.column("Source");
        table.column("Error").maxSize(70);
        table.column("Body").maxSize(PREVIEW);
        for (DeadLetter letter : office.browse(queue, max)) {
            table.addRow().addContent(letter.messageId(), letter.parkedAt(), source(letter), letter.error(),
                    oneLine(letter.body()));
        }
        table.print(System.out);
        return null;
    }

    private static String source(DeadLetter letter) {
        Object file = letter.properties().get(ForbindHeaders.SOURCE_FILE);
        return file == null ? "" : file + ":" + letter.properties().get(ForbindHeaders.SOURCE_LINE);
    }

    private static String oneLine(String body) {
        String flat = body == null ? "" : body.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > PREVIEW ? flat.substring(0, PREVIEW - 3) + "..." : flat;
    }

    private static void printFull(DeadLetter letter) {
        System.out.println("Message " + letter.messageId() + " on " + letter.queue());
        System.out.println("  original address: " + letter.originalAddress());
        System.out.println("  parked at:        " + letter.parkedAt());
        System.out.println("  error:            " + letter.error());
        letter.properties().forEach((k, v) -> System.out.println("  " + k + " = " + v));
        System.out.println("  body:");
        System.out.println(letter.body());
        System.out.println();
    }
}
