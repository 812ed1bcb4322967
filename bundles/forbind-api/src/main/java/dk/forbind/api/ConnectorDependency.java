package dk.forbind.api;

import java.net.URI;
import java.util.Objects;

/**
 * Something a connector needs to process any message: the platform database, a downstream system's HTTP or
 * SOAP endpoint, or the broker address of another connector. When one is down, the platform suspends the
 * connector's consumers — its messages wait on the broker instead of being parked — and resumes them when the
 * dependency answers again.
 *
 * @param name   how operators see it, e.g. {@code database} or {@code housing-case-system}
 * @param kind   how the platform probes it
 * @param target what is probed: the data source name, the URL, or the address
 */
public record ConnectorDependency(String name, Kind kind, String target) {

    /** How a dependency is probed. */
    public enum Kind {
        /** The platform database (jdbc/forbind): a valid connection. */
        DATABASE,
        /** An HTTP(S) endpoint: any HTTP answer below 500 within the time-out. */
        HTTP,
        /** A broker address: the broker answers (it is the platform's own, so it is always probed). */
        ADDRESS
    }

    public ConnectorDependency {
        Objects.requireNonNull(name, "dependency name");
        Objects.requireNonNull(kind, "dependency kind");
        Objects.requireNonNull(target, "dependency target");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("dependency name '" + name
                    + "' must be lower-case letters, digits and dashes");
        }
        if (kind == Kind.HTTP) {
            String scheme = URI.create(target).getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("dependency " + name + ": '" + target + "' is no http(s) URL");
            }
        }
    }

    /** The platform database, jdbc/forbind. */
    public static ConnectorDependency database() {
        return new ConnectorDependency("database", Kind.DATABASE, "jdbc/forbind");
    }

    /** A downstream system answering HTTP at this URL (its health or WSDL address, say). */
    public static ConnectorDependency http(String name, String url) {
        return new ConnectorDependency(name, Kind.HTTP, url);
    }

    /** Another connector's inbound address on the broker. */
    public static ConnectorDependency address(String address) {
        return new ConnectorDependency(address.replaceAll("[^a-z0-9-]", "-").replaceAll("^-+", ""), Kind.ADDRESS,
                address);
    }

    /**
     * A dependency as a route file's declaration writes it: {@code database}, {@code <name>=http(s)://...} or
     * {@code address:<address>}.
     */
    public static ConnectorDependency parse(String declared) {
        String text = declared.strip();
        if (text.equals("database")) {
            return database();
        }
        if (text.startsWith("address:")) {
            return address(text.substring("address:".length()).strip());
        }
        int equals = text.indexOf('=');
        if (equals > 0) {
            return http(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
        }
        throw new IllegalArgumentException("'" + text + "' is no dependency: write database, <name>=<http(s) URL>"
                + " or address:<address>");
    }
}
