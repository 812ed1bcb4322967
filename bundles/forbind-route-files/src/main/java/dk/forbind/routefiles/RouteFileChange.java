package dk.forbind.routefiles;

import dk.forbind.core.VersionChange;

/**
 * A route-file connector replaced by another version: the old one is unpublished (the runtime drains and stops it)
 * and the new one published from memory; a new version from outside the routes folder is written into it first.
 * Undone the same way with the old version, which was kept in memory.
 */
final class RouteFileChange implements VersionChange {

    /** What the change does to the deployer. */
    interface Deployments {
        void publish(RouteFile file);

        void unpublish(String name);

        /** Writes the version into the routes folder, as what is known to be there. */
        void write(RouteFile file) throws Exception;
    }

    private final RouteFile old;
    private final RouteFile fresh;
    private final boolean inPlace;
    private final String location;
    private final Deployments deployments;

    RouteFileChange(RouteFile old, RouteFile fresh, boolean inPlace, String location, Deployments deployments) {
        this.old = old;
        this.fresh = fresh;
        this.inPlace = inPlace;
        this.location = location;
        this.deployments = deployments;
    }

    @Override
    public String describe() {
        return "route file " + old.name() + ".xml " + old.version() + " -> " + fresh.version()
                + (inPlace ? " (changed in place)" : " from " + location);
    }

    @Override
    public void apply() throws Exception {
        replace(fresh, !inPlace);
    }

    @Override
    public void undo() throws Exception {
        replace(old, !inPlace);
    }

    private void replace(RouteFile version, boolean write) throws Exception {
        deployments.unpublish(old.name());
        if (write) {
            deployments.write(version);
        }
        deployments.publish(version);
    }
}
