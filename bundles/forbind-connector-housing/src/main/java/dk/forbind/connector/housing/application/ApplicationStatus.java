package dk.forbind.connector.housing.application;

/** Where a citizen's application is, as the citizen reads it. */
public enum ApplicationStatus {
    /** Received by Forbind; waiting for the case system, on the broker. */
    QUEUED("Modtaget. Ansøgningen venter på at blive sendt til sagsbehandlingssystemet."),
    /** The case system opened a case for it. */
    SUBMITTED("Sendt til sagsbehandling; der er oprettet en sag."),
    /** The case system refused it as it is; the reasons say why. */
    INVALID("Sagsbehandlingssystemet kunne ikke modtage ansøgningen; se begrundelserne."),
    /** The case system reached a decision; the decision letter is on its way through Digital Post. */
    DECIDED("Der er truffet afgørelse; afgørelsesbrevet er på vej til din digitale postkasse."),
    /** The decision letter has been handed to Digital Post. */
    NOTIFIED("Der er truffet afgørelse; afgørelsesbrevet er sendt til din digitale postkasse.");

    private final String danish;

    ApplicationStatus(String danish) {
        this.danish = danish;
    }

    /** What the status means, in Danish, for the citizen. */
    public String danish() {
        return danish;
    }

    /** Whether an application in this status may move to {@code next} (only forward). */
    public boolean mayBecome(ApplicationStatus next) {
        return switch (this) {
            case QUEUED -> next == SUBMITTED || next == INVALID;
            case SUBMITTED -> next == DECIDED;
            case DECIDED -> next == NOTIFIED;
            case INVALID, NOTIFIED -> false;
        };
    }
}
