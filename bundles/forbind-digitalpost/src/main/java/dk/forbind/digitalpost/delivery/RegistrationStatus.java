package dk.forbind.digitalpost.delivery;

/** What Digital Post's register says of a recipient. */
public enum RegistrationStatus {
    /** Has a Digital Post mailbox: letters go there. */
    REGISTERED,
    /** Exempt from Digital Post: letters go on paper. */
    EXEMPT,
    /** Not in the register (not registered, or not a recipient Digital Post knows): letters go on paper. */
    UNKNOWN
}
