package dk.forbind.access.grants;

/** Whether an agency system may reach a target, with the reason to log and to answer. */
public record AccessDecision(boolean allowed, String reason) {

    static AccessDecision allowed(String byGrant) {
        return new AccessDecision(true, "allowed by " + byGrant);
    }

    static AccessDecision denied(String reason) {
        return new AccessDecision(false, reason);
    }
}
