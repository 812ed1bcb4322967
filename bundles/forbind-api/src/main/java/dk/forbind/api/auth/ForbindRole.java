package dk.forbind.api.auth;

/** What an authenticated caller may do with Forbind's APIs. */
public enum ForbindRole {
    /** A person reading data about themselves (or whom they represent). */
    CITIZEN,
    /** A data-protection officer or auditor: verifies the registry and discloses hidden records. */
    AUDITOR,
    /** An agency's IT system, authenticated by its system certificate: may reach what its grants name. */
    AGENCY_SYSTEM
}
