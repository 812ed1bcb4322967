package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * What a swap must not disturb, watched while it runs: every bundle event of the framework (only the swapped
 * connector's bundle may change state) and when each other connector's context started (none may restart); and
 * the pauses the swaps printed.
 */
final class SwapWatch implements AutoCloseable {
    private static final Pattern PAUSE = Pattern.compile("pause: (\\d+) ms");

    private final BundleContext bundleContext;
    private final ConnectorRegistry connectors;
    private final String swapped;
    private final Map<String, Instant> othersStarted;
    private final List<String> bundleEvents = new CopyOnWriteArrayList<>();
    private final List<Long> pauses = new ArrayList<>();
    private final SynchronousBundleListener listener = event -> bundleEvents.add(
            event.getBundle().getSymbolicName() + " " + type(event.getType()));

    SwapWatch(BundleContext bundleContext, ConnectorRegistry connectors, String swapped) {
        this.bundleContext = bundleContext;
        this.connectors = connectors;
        this.swapped = swapped;
        this.othersStarted = othersStarted();
        bundleContext.addBundleListener(listener);
    }

    /** Records the pause a swap printed (the output of forbind:connector-swap), and returns it in ms. */
    long pausePrinted(String swapOutput) {
        Matcher m = PAUSE.matcher(swapOutput);
        assertTrue("a pause is printed: " + swapOutput, m.find());
        long pause = Long.parseLong(m.group(1));
        pauses.add(pause);
        return pause;
    }

    long longestPause() {
        return pauses.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    List<Long> pauses() {
        return pauses;
    }

    /** No bundle other than the one named changed state; no other connector restarted. */
    void assertNothingElseDisturbed(String swappedBundle) {
        List<String> others = bundleEvents.stream().filter(e -> !e.startsWith(swappedBundle + " ")).toList();
        assertEquals("bundle events of other bundles", List.of(), others);
        assertEquals("when the other connectors started", othersStarted, othersStarted());
    }

    private Map<String, Instant> othersStarted() {
        Map<String, Instant> started = new TreeMap<>();
        for (ConnectorStatus c : connectors.connectors()) {
            if (!c.id().equals(swapped)) {
                started.put(c.id(), c.startedAt());
            }
        }
        return started;
    }

    private static String type(int type) {
        return switch (type) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.RESOLVED -> "RESOLVED";
            case BundleEvent.STARTING -> "STARTING";
            case BundleEvent.STARTED -> "STARTED";
            case BundleEvent.STOPPING -> "STOPPING";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            default -> "event " + type;
        };
    }

    @Override
    public void close() {
        bundleContext.removeBundleListener(listener);
    }
}
