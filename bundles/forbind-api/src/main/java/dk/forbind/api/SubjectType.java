package dk.forbind.api;

/** The kinds of data subject the Danish registers identify. */
public enum SubjectType {
    /** A person, identified by a 10-digit CPR number. */
    CPR,
    /** A business, identified by an 8-digit CVR number. */
    CVR
}
