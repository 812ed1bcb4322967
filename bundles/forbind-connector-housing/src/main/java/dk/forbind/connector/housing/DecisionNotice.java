package dk.forbind.connector.housing;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.SubjectType;
import dk.forbind.connector.housing.application.ApplicationTable;
import dk.forbind.connector.housing.application.CaseSystemSchema;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.GetCaseStatusResponse;
import dk.forbind.digitalpost.memo.MemoBuilder;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import dk.forbind.digitalpost.memo.MemoWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns a decision notice into the decision letter (MeMo, plain text in Danish) to the applicant, for Digital Post:
 * the route sends it to {@code forbind.digitalpost.outbound} in the same transaction as it takes the notice. The
 * letter's UUID follows from the case, so a notice processed twice hands in the same letter, which Digital Post
 * delivers once. The exchange names the applicant and the case for the transparency capture.
 */
final class DecisionNotice implements Processor {
    /** Exchange property: the UUID of the decision letter handed in. */
    static final String LETTER = "ForbindHousingDecisionLetter";
    /** Exchange property: the decided case. */
    static final String DECIDED = "ForbindHousingDecidedCase";
    private static final MemoReader LETTERS = new MemoReader(MemoLimits.defaults());

    private final String agency;
    private final String agencyName;

    DecisionNotice(String agency, String agencyName) {
        this.agency = agency;
        this.agencyName = agencyName;
    }

    /** The decision letter's UUID for a case: the same each time, and another for every application. */
    static UUID letterFor(Case decided) {
        return UUID.nameUUIDFromBytes(("forbind:housing-benefit:decision:" + decided.getApplicationReference() + ":"
                + decided.getCaseId()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        Case decided;
        try {
            decided = CaseSystemSchema.fromXml(in.getBody(byte[].class), GetCaseStatusResponse.class).getCase();
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("not a decision notice: " + e.getMessage());
        }
        if (decided.getDecision() == null) {
            throw new InvalidMessageException("case " + decided.getCaseId() + " has no decision yet");
        }
        UUID letter = letterFor(decided);
        MemoLetter memo = MemoBuilder.letter(letter)
                .from(agency, agencyName)
                .to(DataSubject.cpr(decided.getApplicantCpr()))
                .label("Afgørelse om boligstøtte")
                .mandatory(true)
                .caseId(decided.getCaseId())
                .document("afgoerelse-boligstoette.txt", "text/plain",
                        DecisionLetterText.of(decided, agencyName).getBytes(StandardCharsets.UTF_8))
                .build(LETTERS);
        in.setBody(MemoWriter.write(memo));
        in.setHeader(ForbindHeaders.SUBJECT_TYPE, SubjectType.CPR.name());
        in.setHeader(ForbindHeaders.SUBJECT_ID, decided.getApplicantCpr());
        in.setHeader(ForbindHeaders.CASE_ID, decided.getCaseId());
        exchange.setProperty(LETTER, letter);
        exchange.setProperty(DECIDED, decided);
    }

    /**
     * After the letter is handed in: the application is DECIDED (if the watch that queued the notice has not marked
     * it yet — the notice can be here first) and NOTIFIED.
     */
    static Processor notified(ApplicationTable table) {
        return exchange -> {
            String application = exchange.getIn().getHeader(DecisionWatch.APPLICATION, String.class);
            if (application != null) {
                UUID id = UUID.fromString(application);
                Case decided = exchange.getProperty(DECIDED, Case.class);
                table.decided(id, decided.getDecision().isGranted(), decided.getDecision().getMonthlyAmount());
                table.notified(id, exchange.getProperty(LETTER, UUID.class));
            }
        };
    }
}
