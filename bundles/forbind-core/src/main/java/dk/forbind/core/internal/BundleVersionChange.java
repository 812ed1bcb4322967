package dk.forbind.core.internal;

import dk.forbind.core.VersionChange;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector bundle replaced by another version of itself: the bundle is updated in place (same bundle id, same
 * location), refreshed alone when no other bundle uses its packages (so nothing else restarts), and started. The
 * old version is kept as a copy of its entries, to put it back.
 */
final class BundleVersionChange implements VersionChange {
    private static final Logger LOG = LoggerFactory.getLogger(BundleVersionChange.class);

    private final Bundle bundle;
    private final FrameworkWiring framework;
    private final BundleJar old;
    private final BundleJar fresh;
    private final String location;

    private BundleVersionChange(Bundle bundle, FrameworkWiring framework, BundleJar old, BundleJar fresh,
                                String location) {
        this.bundle = bundle;
        this.framework = framework;
        this.old = old;
        this.fresh = fresh;
        this.location = location;
    }

    /** Reads the new version and copies the running one; refuses a jar that is not a version of this bundle. */
    static BundleVersionChange of(Bundle bundle, FrameworkWiring framework, String location) {
        BundleJar fresh = BundleJar.at(location);
        if (!fresh.symbolicName().equals(bundle.getSymbolicName())) {
            throw new IllegalArgumentException(location + " is bundle " + fresh.symbolicName() + ", not a version of "
                    + bundle.getSymbolicName());
        }
        try {
            return new BundleVersionChange(bundle, framework, BundleJar.of(bundle), fresh, location);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep a copy of bundle " + bundle.getSymbolicName()
                    + " to roll back to: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "bundle " + bundle.getSymbolicName() + " [" + bundle.getBundleId() + "] " + old.version() + " -> "
                + fresh.version() + " from " + location;
    }

    @Override
    public void apply() throws Exception {
        install(fresh);
    }

    @Override
    public void undo() throws Exception {
        install(old);
    }

    private void install(BundleJar version) throws BundleException, InterruptedException {
        install(bundle, framework, version);
    }

    /** Updates the bundle to this content, refreshes it alone if it can, and starts it. */
    static void install(Bundle bundle, FrameworkWiring framework, BundleJar version)
            throws BundleException, InterruptedException {
        bundle.update(version.open());
        refreshAlone(bundle, framework);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(); // an update starts what it can; this says why it could not (e.g. an unresolved import)
        }
    }

    /** Drops the old revision when only this bundle used it; otherwise its users keep it (and keep running). */
    private static void refreshAlone(Bundle bundle, FrameworkWiring framework) throws InterruptedException {
        if (!framework.getRemovalPendingBundles().contains(bundle)) {
            return;
        }
        Collection<Bundle> affected = framework.getDependencyClosure(List.of(bundle));
        if (affected.size() > 1) {
            LOG.info("Bundle {} not refreshed: {} other bundles use its old packages and would restart",
                    bundle.getSymbolicName(), affected.size() - 1);
            return;
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.refreshBundles(List.of(bundle), event -> refreshed.countDown());
        if (!refreshed.await(30, TimeUnit.SECONDS)) {
            LOG.warn("Bundle {} not refreshed after 30 s", bundle.getSymbolicName());
        }
    }
}
