package dk.forbind.connector.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ForbindHeaders;
import dk.forbind.connector.housing.application.ApplicationStatus;
import dk.forbind.connector.housing.application.ApplicationTable;
import dk.forbind.connector.housing.application.CaseSystemSchema;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.CaseStatus;
import dk.forbind.connector.housing.casesystem.Decision;
import dk.forbind.connector.housing.casesystem.GetCaseStatusResponse;
import dk.forbind.digitalpost.memo.MemoLetter;
import dk.forbind.digitalpost.memo.MemoLimits;
import dk.forbind.digitalpost.memo.MemoReader;
import dk.forbind.fixtures.TestDatabases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** A decision notice becomes one valid letter to the applicant, and the application ends NOTIFIED. */
class DecisionNoticeTest {
    private final ApplicationTable table = new ApplicationTable(TestDatabases.h2(), Clock.systemUTC());

    @Test
    void theLetterIsAValidMemoToTheApplicantWithTheSameUuidEachTime() throws Exception {
        UUID application = UUID.randomUUID();
        Exchange first = noticed(application, "BS-2026-000042");
        MemoLetter letter = new MemoReader(MemoLimits.defaults()).read(first.getIn().getBody(byte[].class));
        assertEquals("0101901234", letter.recipient().id());
        assertEquals("BS-2026-000042", letter.caseId().orElseThrow());
        assertEquals("BS-2026-000042", first.getIn().getHeader(ForbindHeaders.CASE_ID));
        String text = new String(letter.files().get(0).getContent(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Du har fået bevilget boligstøtte på 1.234,50 kr. om måneden"), text);
        assertEquals(letter.uuid(), first.getProperty(DecisionNotice.LETTER));
        assertEquals(letter.uuid(), noticed(application, "BS-2026-000042").getProperty(DecisionNotice.LETTER));
        assertNotEquals(letter.uuid(), noticed(UUID.randomUUID(), "BS-2026-000042").getProperty(DecisionNotice.LETTER));
    }

    @Test
    void aNoticeThatArrivesBeforeTheWatchMarkedTheDecisionStillEndsNotified() throws Exception {
        UUID application = UUID.randomUUID();
        table.createAtStart();
        table.register(application, "0101901234", null, "corr");
        table.submitted(application, "BS-2026-000043");
        Exchange exchange = noticed(application, "BS-2026-000043");
        DecisionNotice.notified(table).process(exchange);
        assertEquals(ApplicationStatus.NOTIFIED, table.find(application).orElseThrow().status());
        assertEquals(new BigDecimal("1234.50"), table.find(application).orElseThrow().monthlyAmount());
    }

    private static Exchange noticed(UUID application, String caseId) throws Exception {
        Case decided = new Case();
        decided.setCaseId(caseId);
        decided.setApplicantCpr("0101901234");
        decided.setApplicationReference(application.toString());
        decided.setStatus(CaseStatus.GRANTED);
        DatatypeFactory time = DatatypeFactory.newDefaultInstance();
        decided.setReceivedAt(time.newXMLGregorianCalendar("2026-12-01T09:00:00Z"));
        Decision decision = new Decision();
        decision.setGranted(true);
        decision.setMonthlyAmount(new BigDecimal("1234.50"));
        decision.setEffectiveFrom(time.newXMLGregorianCalendar("2027-01-01"));
        decision.setReason("Beregnet ud fra huslejen.");
        decision.setDecidedAt(time.newXMLGregorianCalendar("2026-12-01T09:00:20Z"));
        decided.setDecision(decision);
        GetCaseStatusResponse notice = new GetCaseStatusResponse();
        notice.setCase(decided);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody(CaseSystemSchema.toXml(notice).getBytes(StandardCharsets.UTF_8));
        exchange.getIn().setHeader(DecisionWatch.APPLICATION, application.toString());
        new DecisionNotice("29190623", "Boligstøtte").process(exchange);
        return exchange;
    }
}
