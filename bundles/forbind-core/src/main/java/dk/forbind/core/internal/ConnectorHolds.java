package dk.forbind.core.internal;

import dk.forbind.api.ConnectorState;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors an operator stopped or suspended on purpose and asked to keep so ({@code --persist}): kept in
 * configuration PID {@code dk.forbind.connectors} (file {@code etc/dk.forbind.connectors.cfg}, one line
 * {@code <connector id>.held = STOPPED | SUSPENDED} each), read whenever a connector is deployed, so that it comes
 * back as the operator left it after a restart of the node or a new version.
 */
final class ConnectorHolds {
    static final String PID = "dk.forbind.connectors";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorHolds.class);
    private static final String SUFFIX = ".held";

    private final ConfigurationAdmin configurations;

    ConnectorHolds(ConfigurationAdmin configurations) {
        this.configurations = configurations;
    }

    /** STOPPED or SUSPENDED when the operator asked this connector to stay so, or empty. */
    Optional<ConnectorState> held(String connectorId) {
        try {
            Dictionary<String, Object> properties = configuration().getProperties();
            Object held = properties == null ? null : properties.get(connectorId + SUFFIX);
            return held == null ? Optional.empty() : Optional.of(ConnectorState.valueOf(held.toString().trim()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("Could not read whether connector {} is held in {}: {} (it starts as usual)", connectorId, PID,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers STOPPED or SUSPENDED for this connector, or forgets it when {@code state} is null. */
    synchronized void keep(String connectorId, ConnectorState state) {
        try {
            Configuration configuration = configuration();
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            if (state == null) {
                properties.remove(connectorId + SUFFIX);
            } else {
                properties.put(connectorId + SUFFIX, state.name());
            }
            configuration.update(properties);
        } catch (IOException e) {
            throw new IllegalStateException("could not store the state of connector " + connectorId + " in " + PID
                    + ": " + e.getMessage(), e);
        }
    }

    private Configuration configuration() throws IOException {
        return configurations.getConfiguration(PID, "?");
    }
}
