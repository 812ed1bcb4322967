package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.SwapReport;
import dk.forbind.fixtures.VersionedBundle;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * An operator swaps a connector bundle v1 -> v2 -> v1 three times while 10,000 numbered messages flow through it at
 * a steady rate, then tries a v3 that cannot resolve, by the swap command and by updating the bundle in place:
 * every message comes out exactly once, each stamped by the version that handled it, the v3 is rolled back both
 * times, and no other bundle or connector so much as restarts.
 */
public class BundleSwapUnderLoadScenario extends ForbindTestSupport {
    private static final String ID = "itest-versioned";
    private static final int MESSAGES = 10_000;

    @Test
    public void swapsUnderLoadLoseAndDoubleNothingAndAFailingVersionIsRolledBack() throws Exception {
        Path versions = Path.of(System.getProperty("karaf.base"), "swap-versions");
        VersionedBundle built;
        String location = "mvn:dk.forbind/forbind-itest-versioned/" + System.getProperty("forbind.version");
        try (InputStream jar = new URL(location).openStream()) {
            built = VersionedBundle.of(jar.readAllBytes());
        }
        Path v1 = built.withVersion(versions, "1.0.0");
        Path v2 = built.withVersion(versions, "2.0.0");
        Path v3 = built.unresolvable(versions, "3.0.0");
        Bundle connector = bundleContext.installBundle(v1.toUri().toString());
        connector.start();
        awaitConnector(ID, ConnectorState.RUNNING);

        try (SwapWatch watch = new SwapWatch(bundleContext, connectors, ID);
             SteadyLoad load = new SteadyLoad(connectionFactory, "forbind." + ID + ".in", "forbind." + ID + ".out",
                     MESSAGES, 300).start()) {
            for (int round = 0; round < 3; round++) {
                load.awaitHandled(1000 + round * 2800);
                String swap = executeCommand("forbind:connector-swap " + ID + " " + v2);
                assertTrue(swap, swap.contains("Swapped connector " + ID + ": 1.0.0 -> 2.0.0"));
                watch.pausePrinted(swap);
                load.awaitHandled(2400 + round * 2800);
                watch.pausePrinted(executeCommand("forbind:connector-swap " + ID + " " + v1));
            }
            load.awaitHandled(9000);
            SwapReport failed = lifecycle.swap(ID, v3.toString(), step -> { });
            load.awaitHandled(9300);
            try (InputStream unresolvable = Files.newInputStream(v3)) {
                connector.update(unresolvable); // in place, as bundle:update does
                fail("the framework says the updated bundle does not resolve");
            } catch (BundleException unresolved) {
                assertTrue(unresolved.getMessage(), unresolved.getMessage().contains(VersionedBundle.MISSING_PACKAGE));
            }
            await("the in-place update rolled back to 1.0.0", () -> connectors.connector(ID)
                    .map(c -> c.state() == ConnectorState.RUNNING && c.version().equals("1.0.0")).orElse(false));

            load.awaitAllHandled(Duration.ofSeconds(2));
            assertEquals(SwapReport.Outcome.ROLLED_BACK, failed.outcome());
            assertTrue(failed.failure(), failed.failure().contains(VersionedBundle.MISSING_PACKAGE));
            assertEquals("1.0.0", connector(ID).version());
            assertEquals(ConnectorState.RUNNING, connector(ID).state());
            assertEquals(2, connectors.totals().stream().filter(t -> t.id().equals(ID)).findFirst().orElseThrow()
                    .swapsRolledBack());
            assertEquals("numbers handled twice", Map.of(), load.doubles());
            assertEquals(MESSAGES, load.handledCount());
            assertEquals(load.byVersion().toString(), 2, load.byVersion().size());
            assertTrue(deadLetters.browse("DLQ.forbind." + ID + ".in", 10).isEmpty());
            watch.assertNothingElseDisturbed(connector.getSymbolicName());
            System.out.println("Bundle swaps under load: pauses " + watch.pauses() + " ms, longest "
                    + watch.longestPause() + " ms; handled by version " + load.byVersion());
        } finally {
            connector.uninstall();
        }
        await("the connector gone with its bundle", () -> connectors.connector(ID).isEmpty());
    }
}
