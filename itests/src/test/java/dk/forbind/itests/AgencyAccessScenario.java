package dk.forbind.itests;

import static org.junit.Assert.assertTrue;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * An operator grants an agency the transparency auditor operations by writing etc/dk.forbind.access.cfg and
 * checks the grants from the shell; without the file no agency system may reach anything. The scenario removes
 * the file again, for the scenarios that share its node.
 */
public class AgencyAccessScenario extends ForbindTestSupport {
    @Test
    public void grantsDecideDenyByDefaultAndTheShellShowsWhy() throws Exception {
        Path config = Path.of(System.getProperty("karaf.etc"), "dk.forbind.access.cfg");
        assertTrue(executeCommand("forbind:access-list").startsWith("Agency access is not configured"));
        assertTrue(executeCommand("forbind:access-check 29190623 api:transparency.auditor")
                .startsWith("Agency access is not configured"));

        Files.writeString(config, "trusted.issuers.file = " + issuersFile() + "\n"
                + "grant.housing-auditor = 29190623 : api:transparency.auditor\n");
        try {
            await("the grant in force", () -> executeCommand("forbind:access-list")
                    .contains("grant.housing-auditor = 29190623 : api:transparency.auditor"));
            String allowed = executeCommand("forbind:access-check 29190623 api:transparency.auditor");
            assertTrue(allowed, allowed.startsWith("ALLOWED: allowed by grant.housing-auditor"));
            String otherOperation = executeCommand("forbind:access-check 29190623 api:transparency.citizen");
            assertTrue(otherOperation, otherOperation.startsWith("DENIED: no grant lets CVR 29190623"));
            String otherAgency = executeCommand("forbind:access-check 11111111 api:transparency.auditor");
            assertTrue(otherAgency, otherAgency.startsWith("DENIED: no grant lets CVR 11111111"));
        } finally {
            Files.delete(config);
        }
        await("access unconfigured again",
                () -> executeCommand("forbind:access-list").startsWith("Agency access is not configured"));
    }

    /** The issuing CA an operator would trust, as a PEM file in etc/. */
    private static Path issuersFile() throws Exception {
        return Files.writeString(Path.of(System.getProperty("karaf.etc"), "scenario-agency-issuers.pem"),
                new Oces3Ca("Scenario issuing CA").certificatePem(), StandardCharsets.US_ASCII);
    }
}
