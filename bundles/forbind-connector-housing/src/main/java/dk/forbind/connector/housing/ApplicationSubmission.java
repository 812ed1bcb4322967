package dk.forbind.connector.housing;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.SubjectType;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.connector.housing.application.ApplicationRecord;
import dk.forbind.connector.housing.application.ApplicationStatus;
import dk.forbind.connector.housing.application.ApplicationTable;
import dk.forbind.connector.housing.application.CaseSystemSchema;
import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.connector.housing.casesystem.SubmitApplicationResponse;
import dk.forbind.connector.housing.client.CaseSystemClient;
import dk.forbind.connector.housing.client.CaseSystemRefusal;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one queued application to the case system: the case system opens a case (or finds the one the same
 * reference opened before, after a crash or a time-out), and the application becomes SUBMITTED with its case id;
 * refused, it becomes INVALID with the case system's reasons for the citizen to read. An outage lets the message
 * wait on the broker ({@code CaseSystemUnavailable}); other failures are retried, then parked. The exchange names
 * the applicant and the case, so the transparency capture records the application under the connector's
 * declaration.
 */
final class ApplicationSubmission implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationSubmission.class);

    private final ApplicationTable table;
    private final CaseSystemClient caseSystem;

    ApplicationSubmission(ApplicationTable table, CaseSystemClient caseSystem) {
        this.table = table;
        this.caseSystem = caseSystem;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        Message in = exchange.getIn();
        requireSubstantial(in.getHeader(ForbindHeaders.LOA, String.class));
        Application application;
        try {
            application = CaseSystemSchema.applicationIn(in.getBody(byte[].class));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("not a housing-benefit application: " + e.getMessage());
        }
        UUID id = UUID.fromString(application.getApplicationReference());
        in.setHeader(ForbindHeaders.SUBJECT_TYPE, SubjectType.CPR.name());
        in.setHeader(ForbindHeaders.SUBJECT_ID, application.getApplicantCpr());
        table.register(id, application.getApplicantCpr(), application.getSubmittedByCpr(),
                in.getHeader(ForbindHeaders.CORRELATION_ID, String.class));
        ApplicationRecord current = table.find(id).orElseThrow(() -> new SQLException("application " + id
                + " was registered a moment ago"));
        if (current.status() != ApplicationStatus.QUEUED) {
            LOG.info("Application {} was handed to the case system before: {}", id, current.status());
            if (current.caseId() != null) {
                in.setHeader(ForbindHeaders.CASE_ID, current.caseId());
            }
            return;
        }
        try {
            SubmitApplicationResponse opened = caseSystem.submit(application);
            table.submitted(id, opened.getCaseId());
            in.setHeader(ForbindHeaders.CASE_ID, opened.getCaseId());
            LOG.info("Application {} of {} submitted: case {}", id,
                    DataSubject.cpr(application.getApplicantCpr()).masked(), opened.getCaseId());
        } catch (CaseSystemRefusal refused) {
            table.refused(id, refused.problems());
            LOG.warn("Application {} refused by the case system: {}", id, refused.getMessage());
        }
    }

    /** Only the citizen API puts applications here, at Substantial or above; anything else is refused. */
    private static void requireSubstantial(String loa) {
        try {
            if (loa != null && NsisLevel.parse(loa).atLeast(NsisLevel.SUBSTANTIAL)) {
                return;
            }
        } catch (IllegalArgumentException unreadable) {
            // refused below
        }
        throw new InvalidMessageException("an application needs a login at NSIS level Substantial or above; it"
                + " carries " + (loa == null ? "none" : loa));
    }
}
