package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * A route-file connector swapped while 10,000 numbered messages flow through it: v1 -> v2 by the swap command and
 * back by editing the file in place, three times; then a v3 that fails its start (rolled back) and a broken file
 * (reported, never started) — every message out exactly once, the old version running whenever the new one cannot,
 * no bundle and no other connector disturbed.
 */
public class RouteFileSwapUnderLoadScenario extends ForbindTestSupport {
    private static final String ID = "itest-swapfile";
    private static final String DECLARATION = "id = " + ID + "\nagency = 29190623\n";
    private static final int MESSAGES = 10_000;

    @Test
    public void swapsUnderLoadLoseAndDoubleNothingAndBrokenVersionsLeaveTheOldOneRunning() throws Exception {
        Path v2 = Path.of(System.getProperty("karaf.base"), "swap-versions", "v2", ID + ".xml");
        Files.createDirectories(v2.getParent());
        Files.writeString(v2.resolveSibling(ID + ".properties"), DECLARATION);
        Files.writeString(v2, routes("route-v2", "jms:queue:forbind." + ID + ".out"));
        deployRouteFile(ID, DECLARATION, route("route-v1", "jms:queue:forbind." + ID + ".out"));
        awaitConnector(ID, ConnectorState.RUNNING);

        try (SwapWatch watch = new SwapWatch(bundleContext, connectors, ID);
             SteadyLoad load = new SteadyLoad(connectionFactory, "forbind." + ID + ".in", "forbind." + ID + ".out",
                     MESSAGES, 300).start()) {
            for (int round = 0; round < 3; round++) {
                load.awaitHandled(1000 + round * 2600);
                String swap = executeCommand("forbind:connector-swap " + ID + " " + v2);
                assertTrue(swap, swap.contains("Swapped connector " + ID));
                watch.pausePrinted(swap);
                load.awaitHandled(2300 + round * 2600);
                String v2Version = connector(ID).version();
                deployRouteFile(ID, DECLARATION, route("route-v1", "jms:queue:forbind." + ID + ".out"));
                await("v1 swapped in place", () -> !connector(ID).version().equals(v2Version)
                        && connector(ID).state() == ConnectorState.RUNNING);
            }
            String v1Version = connector(ID).version();
            load.awaitHandled(8500);
            deployRouteFile(ID, DECLARATION, route("route-v3", "nosuchcomponent:nowhere"));
            await("the failing v3 reported", () -> problems().contains("nosuchcomponent"));
            String kept = "version " + v1Version + " of connector " + ID + " keeps running";
            assertTrue(problems(), problems().contains(kept));
            assertEquals(v1Version, connector(ID).version());
            load.awaitHandled(9200);
            deployRouteFile(ID, DECLARATION, "  <route id=\"unclosed\">\n");
            await("the broken file reported", () -> problems().contains("is broken"));
            assertTrue(httpGet("/forbind/health").body().contains("is broken"));

            load.awaitAllHandled(Duration.ofSeconds(2));
            assertEquals(v1Version, connector(ID).version());
            assertEquals(ConnectorState.RUNNING, connector(ID).state());
            assertEquals("numbers handled twice", Map.of(), load.doubles());
            assertEquals(MESSAGES, load.handledCount());
            assertEquals(Set.of("route-v1", "route-v2"), load.byVersion().keySet());
            assertTrue(deadLetters.browse("DLQ.forbind." + ID + ".in", 10).isEmpty());
            watch.assertNothingElseDisturbed("none");
            System.out.println("Route-file swaps under load: pauses " + watch.pauses() + " ms (by command), longest "
                    + watch.longestPause() + " ms; handled by version " + load.byVersion());
        } finally {
            Files.deleteIfExists(Path.of(System.getProperty("karaf.base"), "routes", ID + ".xml"));
        }
        await("the connector undeployed and its problem gone",
                () -> connectors.connector(ID).isEmpty() && !problems().contains(ID));
    }

    private String problems() throws Exception {
        return executeCommand("forbind:connectors");
    }

    private static String route(String version, String to) {
        return "  <route id=\"" + ID + "\">\n"
                + "    <from uri=\"jms:queue:forbind." + ID + ".in\"/>\n"
                + "    <setHeader name=\"HandledBy\"><constant>" + version + "</constant></setHeader>\n"
                + "    <to uri=\"" + to + "\"/>\n"
                + "  </route>\n";
    }

    private static String routes(String version, String to) {
        return "<routes xmlns=\"http://camel.apache.org/schema/spring\">\n" + route(version, to) + "</routes>\n";
    }
}
