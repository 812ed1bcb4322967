package dk.forbind.itests;

import java.util.UUID;
import org.apache.camel.util.json.JsonObject;

/** The node's Digital Post simulator as a test drives it: its mode, and what it received. */
final class DigitalPostSimulator {
    private static final String BASE = "/forbind/sim/digitalpost";

    private DigitalPostSimulator() {
    }

    /** Switches the simulator: NORMAL, ERROR, TIMEOUT or DOWN. */
    static void mode(String mode) throws Exception {
        ForbindTestSupport.HttpAnswer answer = ForbindTestSupport.http("PUT", BASE + "/mode", null, mode);
        if (answer.status() != 200) {
            throw new AssertionError("the simulator refused mode " + mode + ": " + answer.body());
        }
    }

    /** What the simulator received of this letter: channel, requests, receipt, print address. */
    static JsonObject received(UUID letter) throws Exception {
        ForbindTestSupport.HttpAnswer answer = ForbindTestSupport.httpGet(BASE + "/received/" + letter);
        if (answer.status() != 200) {
            throw new AssertionError("the simulator has no letter " + letter + ": " + answer.status());
        }
        return answer.json();
    }
}
