package dk.forbind.api;

/**
 * Something an integration team deploys. Connector bundles publish their connectors as OSGi
 * services; the platform runtime gives each its own routing context.
 */
public interface Connector {
    ConnectorDescriptor descriptor();
}
