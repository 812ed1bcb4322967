package dk.forbind.api.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An agency's IT system as its OCES3 system certificate names it: the authority's CVR number, the system's
 * UUID ({@code UI:DK-O:G:<uuid>}) and the system's name. Agency callers send as this system and nothing else.
 */
public record AgencySystem(String cvr, UUID systemId, String name) {

    public AgencySystem {
        if (cvr == null || !cvr.matches("\\d{8}")) {
            throw new IllegalArgumentException("a CVR number has 8 digits, got '" + cvr + "'");
        }
        Objects.requireNonNull(systemId, "system id");
        Objects.requireNonNull(name, "system name");
    }

    private static final String BROKER_USER_PREFIX = "agency:";

    /**
     * The system as the broker's validated user of what it sends ({@code JMSXUserID}):
     * {@code agency:<cvr>/<uuid>/<name>}. The broker writes it on every message from the system's connection,
     * over anything the sender wrote, so a connector can tell which agency sent a message.
     */
    public String brokerUser() {
        return BROKER_USER_PREFIX + cvr + "/" + systemId + "/" + name;
    }

    /** The system a validated broker user names, if it is an agency system's ({@link #brokerUser()}). */
    public static Optional<AgencySystem> fromBrokerUser(String user) {
        if (user == null || !user.startsWith(BROKER_USER_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = user.substring(BROKER_USER_PREFIX.length()).split("/", 3);
        try {
            return parts.length == 3 ? Optional.of(new AgencySystem(parts[0], UUID.fromString(parts[1]), parts[2]))
                    : Optional.empty();
        } catch (IllegalArgumentException notAnAgencySystem) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "CVR " + cvr + " system '" + name + "' (" + systemId + ")";
    }
}
