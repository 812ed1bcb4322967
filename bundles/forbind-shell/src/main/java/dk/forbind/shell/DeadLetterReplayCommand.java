package dk.forbind.shell;

import dk.forbind.api.DeadLetterOffice;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "dlq-replay",
        description = "Sends a dead letter (or all of a queue) back to the address it failed on, optionally corrected")
@Service
public class DeadLetterReplayCommand implements Action {

    @Reference
    private DeadLetterOffice office;

    @Argument(index = 0, name = "queue", required = true, description = "The dead-letter queue (DLQ.<address>)")
    private String queue;

    @Argument(index = 1, name = "messageId", description = "The message to replay (ID:..., see forbind:dlq-list)")
    private String messageId;

    @Option(name = "--all", description = "Replay every message of the queue as it is")
    private boolean all;

    @Option(name = "--body", description = "Replay with this corrected body instead of the parked one")
    private String body;

    @Option(name = "--body-file", description = "Replay with the corrected body read from this file")
    private String bodyFile;

    @Option(name = "--charset", description = "Charset of --body-file")
    private String charset = "UTF-8";

    @Override
    public Object execute() throws Exception {
        if (all) {
            if (messageId != null || body != null || bodyFile != null) {
                throw new IllegalArgumentException("--all replays messages as they are; it takes no message id or body");
            }
            System.out.println("Replayed " + office.replayAll(queue) + " messages from " + queue);
            return null;
        }
        if (messageId == null) {
            throw new IllegalArgumentException("name a message id (see forbind:dlq-list " + queue + ") or use --all");
        }
        String replacement = bodyFile != null
                // a file's final line break is not part of the corrected record
                ? Files.readString(Path.of(bodyFile), Charset.forName(charset)).replaceFirst("\\R\\z", "")
                : body;
        String target = office.replay(queue, messageId, replacement);
        System.out.println("Replayed " + messageId + " to " + target + (replacement == null ? "" : " (corrected)"));
        return null;
    }
}
