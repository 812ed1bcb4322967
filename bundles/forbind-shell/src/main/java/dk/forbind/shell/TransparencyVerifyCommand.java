package dk.forbind.shell;

import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.api.transparency.TransparencyRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "transparency-verify",
        description = "Walks the transparency registry's hash chain and signed checkpoints; prints OK or the first"
                + " broken record")
@Service
public class TransparencyVerifyCommand implements Action {

    @Reference
    private TransparencyRegistry registry;

    @Override
    public Object execute() {
        ChainVerification result = registry.verify();
        System.out.println(result.summary());
        if (!result.ok()) {
            System.out.println("Records checked before the break: " + result.recordsChecked()
                    + "; the registry must be treated as tampered with from seq " + result.brokenSeq() + " on.");
        }
        return null;
    }
}
