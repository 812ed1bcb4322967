package dk.forbind.api;

/**
 * A system the connector needs did not answer, or said it cannot serve now (HTTP 503, a SOAP "system busy"
 * fault): the message is not at fault and must wait. The platform rolls the message back to its queue — never to
 * the dead-letter queue — and suspends the connector until the dependency answers again. Connectors throw it
 * where they know; the platform also recognises lost database and network connections by itself.
 */
public class DependencyUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String dependency;

    /** @param dependency the name the connector declared it by ({@link ConnectorDependency#name()}) */
    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    public DependencyUnavailableException(String dependency, String message) {
        this(dependency, message, null);
    }

    public String dependency() {
        return dependency;
    }
}
