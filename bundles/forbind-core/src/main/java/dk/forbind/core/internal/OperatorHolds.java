package dk.forbind.core.internal;

import dk.forbind.api.ConnectorState;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator asks of one connector — stop, start, suspend, resume — and what of it is kept over restarts
 * ({@code persist}). Runs on the runtime's lifecycle thread.
 */
final class OperatorHolds {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorHolds.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String KEPT = "kept over restarts; --persist on start or resume forgets it";

    private final ConnectorHolds stored;

    OperatorHolds(ConnectorHolds stored) {
        this.stored = stored;
    }

    /** Before a connector starts: a swap holds its consumers; otherwise it comes back as an operator kept it. */
    void applyTo(DeployedConnector connector, boolean swapping) {
        if (swapping) {
            connector.hold(ConnectorState.SUSPENDED, "being swapped in");
            return;
        }
        stored.held(connector.descriptor().id())
                .ifPresent(how -> connector.hold(how, how.name().toLowerCase() + " by an operator (" + KEPT + ")"));
    }

    void stop(DeployedConnector connector, boolean persist) {
        keep(connector, persist, ConnectorState.STOPPED);
        connector.hold(ConnectorState.STOPPED, "stopped by an operator at " + now() + kept(persist));
        connector.stop();
        LOG.info("Connector {} stopped by an operator{}", id(connector), kept(persist));
    }

    void start(DeployedConnector connector, boolean persist, Runnable starter) {
        ConnectorState state = connector.state();
        if (state == ConnectorState.REFUSED) {
            throw new IllegalStateException("connector " + id(connector) + " is REFUSED: "
                    + connector.status().reason() + "; deploy a version that keeps the platform's rules");
        }
        keep(connector, persist, null);
        if (state == ConnectorState.SUSPENDED) {
            connector.release();
        } else if (state == ConnectorState.STOPPED || state == ConnectorState.FAILED) {
            connector.hold(null, null);
            starter.run();
        }
        LOG.info("Connector {} started by an operator: {}", id(connector), connector.state());
    }

    void suspend(DeployedConnector connector, boolean persist) {
        requireUp(connector, "suspend");
        keep(connector, persist, ConnectorState.SUSPENDED);
        int inFlight = connector.suspendHeld("suspended by an operator at " + now() + kept(persist));
        LOG.info("Connector {} suspended by an operator ({} in flight finished, {} still in flight){}", id(connector),
                inFlight - connector.inFlight(), connector.inFlight(), kept(persist));
    }

    void resume(DeployedConnector connector, boolean persist) {
        requireUp(connector, "resume");
        keep(connector, persist, null);
        if (connector.release()) {
            LOG.info("Connector {} resumed by an operator", id(connector));
        }
    }

    /**
     * After a swap: the new version takes messages, unless an operator kept the connector stopped or suspended, or
     * stopped the old version ({@code keepStopped}).
     */
    void release(DeployedConnector version, boolean keepStopped) {
        Optional<ConnectorState> kept = stored.held(id(version));
        if (kept.isEmpty() && !keepStopped) {
            version.release();
            return;
        }
        ConnectorState how = keepStopped ? ConnectorState.STOPPED : kept.get();
        String why = how.name().toLowerCase() + " by an operator" + (kept.isPresent() ? " (" + KEPT + ")"
                : " before the swap; forbind:connector-start starts it");
        version.hold(how, why);
        if (how == ConnectorState.STOPPED) {
            version.stop();
        } else {
            version.suspendHeld(why);
        }
    }

    private void keep(DeployedConnector connector, boolean persist, ConnectorState state) {
        if (persist) {
            stored.keep(id(connector), state);
        }
    }

    private static void requireUp(DeployedConnector connector, String action) {
        ConnectorState state = connector.state();
        if (state == ConnectorState.STOPPED || state == ConnectorState.REFUSED || state == ConnectorState.FAILED) {
            throw new IllegalStateException("cannot " + action + " connector " + id(connector) + ": it is " + state
                    + (state == ConnectorState.STOPPED ? " (forbind:connector-start starts it)" : ""));
        }
    }

    private static String kept(boolean persist) {
        return persist ? " (" + KEPT + ")" : "";
    }

    private static String id(DeployedConnector connector) {
        return connector.descriptor().id();
    }

    private static String now() {
        return LocalTime.now().format(TIME);
    }
}
