package dk.forbind.api.auth;

import java.util.Objects;
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

    @Override
    public String toString() {
        return "CVR " + cvr + " system '" + name + "' (" + systemId + ")";
    }
}
