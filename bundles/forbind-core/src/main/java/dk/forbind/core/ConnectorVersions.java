package dk.forbind.core;

/**
 * Publishes connectors that are not bundles of their own (route files): a swap of one of them asks this service
 * for the change instead of updating the bundle that publishes it. Register it as an OSGi service.
 */
public interface ConnectorVersions {

    /** Whether the connector with this id was deployed by this service. */
    boolean deployed(String connectorId);

    /**
     * Reads and checks the version at {@code location} for the connector.
     *
     * @throws IllegalArgumentException when it cannot be read or is not a valid version of this connector
     */
    VersionChange change(String connectorId, String location);
}
