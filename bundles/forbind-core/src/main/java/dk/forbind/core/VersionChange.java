package dk.forbind.core;

/**
 * One prepared change of a connector's version: the new version is read and checked when the change is made, so
 * that {@link #apply()} only has to put it in place. The swap calls {@code apply} once the old version has
 * stopped, and {@link #undo()} if the new version then fails; each publishes the {@link RouteConnector} of the
 * version it puts in place (the runtime starts it).
 */
public interface VersionChange {

    /** What is replaced by what, for the operator (e.g. {@code bundle x 1.0.0 -> 1.1.0 from file:/...}). */
    String describe();

    /** Puts the new version in place. */
    void apply() throws Exception;

    /** Puts the old version back. */
    void undo() throws Exception;
}
