package dk.forbind.api.transparency;

import java.util.Objects;

/**
 * The organisation that caused a data access: its code (CVR or MyndighedsID), its name where known,
 * and the system inside it that did the work.
 */
public record InitiatorOrg(String code, String name, String system) {
    public InitiatorOrg {
        Objects.requireNonNull(code, "initiator organisation code");
        Objects.requireNonNull(system, "initiator system");
    }
}
