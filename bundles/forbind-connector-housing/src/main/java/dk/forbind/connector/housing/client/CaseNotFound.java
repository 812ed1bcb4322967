package dk.forbind.connector.housing.client;

/** The case system has no such case for that applicant (its UnknownCase fault). */
final class CaseNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaseNotFound(String caseId) {
        super("no case " + caseId);
    }
}
