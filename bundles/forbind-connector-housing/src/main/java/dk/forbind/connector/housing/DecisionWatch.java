package dk.forbind.connector.housing;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.connector.housing.application.ApplicationRecord;
import dk.forbind.connector.housing.application.ApplicationTable;
import dk.forbind.connector.housing.application.CaseSystemSchema;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.GetCaseStatusResponse;
import dk.forbind.connector.housing.client.CaseSystemClient;
import dk.forbind.connector.housing.client.CaseSystemFailure;
import dk.forbind.connector.housing.client.CaseSystemRefusal;
import dk.forbind.core.ForbindEndpoints;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for decisions: asks the case system about the open cases (a batch at a time, those asked about longest ago
 * first), and for each decided one puts a decision notice on the connector's decisions queue — once: the broker
 * drops a second notice for the same application while it remembers the first — before the application is marked
 * DECIDED. An outage of the case system ends the look; the connector then waits, and the next look starts again.
 * Of several nodes only the one whose turn it is looks (the role {@link #ROLE}), so the case system is asked once.
 */
final class DecisionWatch implements Processor {
    /** Header of a decision notice: the application it decides. */
    static final String APPLICATION = "ForbindHousingApplication";
    /** The role of the node that looks for decisions. */
    static final String ROLE = "decision-watch/housing";
    private static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    private static final Logger LOG = LoggerFactory.getLogger(DecisionWatch.class);

    private final ApplicationTable table;
    private final CaseSystemClient caseSystem;
    private final String decisions;
    private final int batch;
    private final BooleanSupplier turn;

    DecisionWatch(ApplicationTable table, CaseSystemClient caseSystem, String decisionsAddress, int batch,
                  BooleanSupplier turn) {
        this.turn = turn;
        this.table = table;
        this.caseSystem = caseSystem;
        this.decisions = ForbindEndpoints.queue(decisionsAddress);
        this.batch = Math.max(1, batch);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!turn.getAsBoolean()) {
            return;
        }
        try (ProducerTemplate producer = exchange.getContext().createProducerTemplate()) {
            for (ApplicationRecord application : table.awaitingDecision(batch)) {
                Optional<Case> found;
                try {
                    found = caseSystem.find(application.applicantCpr(), application.caseId());
                } catch (CaseSystemFailure | CaseSystemRefusal e) {
                    // this case is asked about again at the next look; an outage ends the look (the connector waits)
                    LOG.warn("Application {}: case {} could not be asked about: {}", application.id(),
                            application.caseId(), e.getMessage());
                    continue;
                }
                if (found.isEmpty()) {
                    LOG.warn("Application {}: the case system no longer knows case {}", application.id(),
                            application.caseId());
                } else if (found.get().getDecision() != null) {
                    notice(producer, application, found.get());
                }
            }
        }
    }

    private void notice(ProducerTemplate producer, ApplicationRecord application, Case decided) throws SQLException {
        GetCaseStatusResponse notice = new GetCaseStatusResponse();
        notice.setCase(decided);
        Exchange sent = producer.send(decisions, out -> {
            out.getIn().setBody(CaseSystemSchema.toXml(notice));
            out.getIn().setHeader(APPLICATION, application.id().toString());
            out.getIn().setHeader(DUPLICATE_ID, "housing-decision-" + application.id());
            out.getIn().setHeader(ForbindHeaders.CORRELATION_ID, application.correlationId());
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("the decision of case " + decided.getCaseId() + " could not be queued: "
                    + sent.getException().getMessage(), sent.getException());
        }
        table.decided(application.id(), decided.getDecision().isGranted(), decided.getDecision().getMonthlyAmount());
        LOG.info("Application {}: case {} decided ({})", application.id(), decided.getCaseId(), decided.getStatus());
    }
}
