package dk.forbind.api;

import java.util.function.Consumer;

/**
 * What an operator does by hand to one deployed connector (shell commands, JMX). Each call returns the state
 * reached; an unknown connector id is an {@link IllegalArgumentException} that names the deployed ones.
 * {@code persist} keeps a stop or a suspension over restarts of the node and new versions of the connector (and a
 * start or resume with {@code persist} forgets it); without it the connector starts as usual next time.
 */
public interface ConnectorLifecycle {

    /** Stops taking messages, lets those in flight finish (bounded by the drain time), stops its context. */
    ConnectorStatus stop(String id, boolean persist);

    /** Starts a stopped connector, or resumes a suspended one. */
    ConnectorStatus start(String id, boolean persist);

    /** Its consumers stop taking messages (they wait on the broker) and those in flight finish; it stays up. */
    ConnectorStatus suspend(String id, boolean persist);

    /** A suspended connector takes messages again. */
    ConnectorStatus resume(String id, boolean persist);

    /**
     * Replaces the running version of a connector with the one at {@code location} (a bundle location — {@code
     * mvn:}, {@code file:} or a path — or, for a route-file connector, a route file): suspend, drain, stop, update,
     * start, resume, each step reported to {@code steps} as it happens. When the new version fails to resolve,
     * refuses to start or fails its start, the old version is put back and started. A new version that cannot
     * even be read is refused before the running one is touched ({@link IllegalArgumentException}).
     */
    SwapReport swap(String id, String location, Consumer<String> steps);
}
