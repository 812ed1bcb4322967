package dk.forbind.api.auth;

/** Whether an agency system may reach a target, with the reason to log and to answer. */
public record AccessDecision(boolean allowed, String reason) {

    public static AccessDecision allowed(String byGrant) {
        return new AccessDecision(true, "allowed by " + byGrant);
    }

    public static AccessDecision denied(String reason) {
        return new AccessDecision(false, reason);
    }
}
