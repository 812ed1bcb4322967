package dk.forbind.sim.housing;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** DEVELOPMENT AND TESTS ONLY. Shows or switches the housing case system simulator's mode. */
@Command(scope = "forbind", name = "sim-housing", description = "DEVELOPMENT ONLY: shows the housing case system"
        + " simulator's mode, or switches it: NORMAL, SLOW [ms] (every answer late), FAULTY (SystemBusy faults),"
        + " DOWN (HTTP 503 to everything)")
@Service
public class SimHousingCommand implements Action {

    @Argument(index = 0, name = "mode", description = "NORMAL, SLOW, FAULTY or DOWN")
    private String mode;

    @Argument(index = 1, name = "latency", description = "SLOW only: milliseconds per answer")
    private Long latency;

    @Reference
    private SimulatedCaseSystem system;

    @Override
    public Object execute() {
        if (mode != null) {
            try {
                system.switchTo(mode + (latency == null ? "" : " " + latency));
            } catch (IllegalArgumentException e) {
                System.err.println("No mode " + mode + "; the modes are NORMAL, SLOW [ms], FAULTY, DOWN");
                return null;
            }
        }
        System.out.println("Housing case system simulator: " + system.state() + ", " + system.register().size()
                + " cases");
        return null;
    }
}
