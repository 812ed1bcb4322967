package dk.forbind.shell;

import dk.forbind.api.auth.AgencyAccess;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "access-list", description = "Lists the grants of etc/dk.forbind.access.cfg:"
        + " which agency (CVR, optionally one system) may reach which API operations and connectors")
@Service
public class AccessListCommand implements Action {

    @Reference(optional = true)
    private AgencyAccess access;

    @Override
    public Object execute() {
        if (access == null) {
            System.out.println(AccessCheckCommand.NOT_CONFIGURED);
        } else if (access.grants().isEmpty()) {
            System.out.println("No grants: no agency system may reach anything (deny by default).");
        } else {
            access.grants().forEach(grant -> System.out.println(grant.line()));
        }
        return null;
    }
}
