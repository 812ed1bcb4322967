package dk.forbind.sim.digitalpost;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** DEVELOPMENT AND TESTS ONLY. Shows or switches the Digital Post simulator's mode. */
@Command(scope = "forbind", name = "sim-digitalpost", description = "DEVELOPMENT ONLY: shows the Digital Post"
        + " simulator's mode, or switches it: NORMAL, ERROR (HTTP 500 to sends), TIMEOUT (no answer to sends),"
        + " DOWN (503 to everything)")
@Service
public class SimDigitalPostCommand implements Action {

    @Argument(index = 0, name = "mode", description = "NORMAL, ERROR, TIMEOUT or DOWN")
    private String mode;

    @Reference
    private SimulatedDigitalPost digitalPost;

    @Override
    public Object execute() {
        if (mode != null) {
            try {
                digitalPost.mode(SimulatedDigitalPost.parseMode(mode));
            } catch (IllegalArgumentException e) {
                System.err.println("No mode " + mode + "; the modes are NORMAL, ERROR, TIMEOUT, DOWN");
                return null;
            }
        }
        System.out.println("Digital Post simulator: " + digitalPost.mode() + ", " + digitalPost.receivedCount()
                + " letters received");
        return null;
    }
}
