package dk.forbind.connector.housing;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.client.CaseSystemClient;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * A citizen's look-up in the case system, run inside the connector's context (its {@code -cases} and {@code -case}
 * routes) so that the transparency capture records it — a data request about the applicant, with the case ids it
 * returned. A failed look-up returned nothing and records nothing.
 */
public final class CaseLookup {
    public static final String CASES = "direct:" + HousingBenefit.CONNECTOR + "-cases";
    public static final String CASE = "direct:" + HousingBenefit.CONNECTOR + "-case";
    /** Header of a request for one case: its id. */
    public static final String CASE_ID = "ForbindHousingCaseId";
    /** The transparency registry keeps a case id of at most 200 characters. */
    private static final int MAX_CASE_ID_LENGTH = 200;

    private final CaseSystemClient caseSystem;

    CaseLookup(CaseSystemClient caseSystem) {
        this.caseSystem = caseSystem;
    }

    /** The applicant's cases: body {@code List<Case>}. */
    void list(Exchange exchange) {
        Message in = exchange.getIn();
        List<Case> cases = caseSystem.cases(in.getHeader(ForbindHeaders.SUBJECT_ID, String.class));
        in.setHeader(ForbindHeaders.PROCESSING_TYPE, ProcessingType.DATA_REQUEST.name());
        in.setHeader(ForbindHeaders.CASE_ID, caseIds(cases.stream().map(Case::getCaseId).toList()));
        in.setBody(cases);
    }

    /**
     * The case ids a list look-up returned, as the event's case id: comma-separated, as many as the registry's case
     * id holds (200 characters), then how many more there were; null for none.
     */
    static String caseIds(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        int shown = 0;
        for (String id : ids) {
            String more = " +" + (ids.size() - shown) + " more";
            if (joined.length() + 1 + id.length() + more.length() > MAX_CASE_ID_LENGTH) {
                return joined.append(more).toString();
            }
            joined.append(shown == 0 ? "" : ",").append(id);
            shown++;
        }
        return joined.toString();
    }

    /** One case of the applicant: body {@code Optional<Case>}. */
    void one(Exchange exchange) {
        Message in = exchange.getIn();
        String caseId = in.getHeader(CASE_ID, String.class);
        Optional<Case> found = caseSystem.find(in.getHeader(ForbindHeaders.SUBJECT_ID, String.class), caseId);
        in.setHeader(ForbindHeaders.PROCESSING_TYPE, ProcessingType.DATA_REQUEST.name());
        in.setHeader(ForbindHeaders.CASE_ID, caseId);
        in.setBody(found);
    }
}
