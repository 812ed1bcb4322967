package dk.forbind.shell;

import dk.forbind.api.transparency.TransparencyRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "transparency-key",
        description = "Prints the public key (PEM) that verifies the registry's signed checkpoints, for auditors")
@Service
public class TransparencyKeyCommand implements Action {

    @Reference
    private TransparencyRegistry registry;

    @Override
    public Object execute() {
        System.out.print(registry.signingKeyPem());
        return null;
    }
}
