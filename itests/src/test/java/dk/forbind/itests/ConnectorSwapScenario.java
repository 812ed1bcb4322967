package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.fixtures.SamplePerson;
import dk.forbind.fixtures.SamplePersons;
import java.util.List;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * An operator swaps a connector's bundle while messages flow to it: the connector drains, its
 * queue holds what arrives meanwhile, and after the swap every message is stored, none parked.
 */
public class ConnectorSwapScenario extends ForbindTestSupport {
    private static final String QUEUE = "forbind.person-register.in";

    @Test
    public void noMessageIsLostWhenAConnectorBundleIsRestartedUnderLoad() throws Exception {
        awaitConnector("person-register", ConnectorState.RUNNING);
        List<SamplePerson> persons = SamplePersons.range(11000, 300);
        List<String> cprs = cprsOf(persons);
        Bundle connector = bundle("dk.forbind.forbind-connector-person-register");

        for (int i = 0; i < persons.size(); i++) {
            SamplePerson p = persons.get(i);
            sendText(QUEUE, new PersonRecord(p.cpr(), p.firstNames(), p.surname(), p.street(), p.postcode(),
                    p.city()).toJson());
            if (i == 100) {
                connector.stop(); // drains, then stops; messages 101.. wait on the queue
            }
            if (i == 200) {
                connector.start();
            }
        }

        await("all 300 persons stored", () -> storedPersons(cprs) == 300);
        awaitConnector("person-register", ConnectorState.RUNNING);
        assertTrue(deadLetters.browse("DLQ." + QUEUE, 10).isEmpty());
        assertEquals(Bundle.ACTIVE, connector.getState());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
