package dk.forbind.shell;

import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencySystem;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "access-check", description = "Whether an agency's system may reach an API"
        + " operation (api:<api>.<operation>) or a connector (connector:<id>), and by which grant")
@Service
public class AccessCheckCommand implements Action {
    static final String NOT_CONFIGURED = "Agency access is not configured (etc/dk.forbind.access.cfg): no agency"
            + " system may reach anything.";

    @Reference(optional = true)
    private AgencyAccess access;

    @Argument(index = 0, name = "cvr", required = true, description = "The agency's CVR number")
    private String cvr;

    @Argument(index = 1, name = "target", required = true,
            description = "api:<api>.<operation> or connector:<id>, e.g. api:transparency.auditor")
    private String target;

    @Option(name = "--system", description = "The system's UUID (from its certificate); default: any one system")
    private String system;

    @Override
    public Object execute() {
        if (access == null) {
            System.out.println(NOT_CONFIGURED);
            return null;
        }
        UUID id = system == null ? new UUID(0, 0) : UUID.fromString(system);
        AccessDecision decision = access.decide(new AgencySystem(cvr, id, "checked from the shell"), target);
        System.out.println((decision.allowed() ? "ALLOWED: " : "DENIED: ") + decision.reason());
        return null;
    }
}
