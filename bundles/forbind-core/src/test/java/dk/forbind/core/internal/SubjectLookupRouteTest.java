package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.core.RouteSubjectLookup;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.EmbeddedBroker;
import java.util.List;
import java.util.Set;
import javax.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A subject look-up runs in the connector's context and is recorded as the citizen's own request. */
class SubjectLookupRouteTest {
    private static final DataSubject PARENT = DataSubject.cpr("0101701234");
    private static final DataSubject CHILD = DataSubject.cpr("0202151234");
    private static final ForbindPrincipal CITIZEN = new ForbindPrincipal("mitid:parent", Set.of(ForbindRole.CITIZEN),
            PARENT, Set.of(CHILD), NsisLevel.SUBSTANTIAL);
    private static final ConnectorDescriptor REGISTER = ConnectorDescriptor.withPersonalData("register", "29190623",
            "", new ProcessingDeclaration("Keeping the register", "GDPR art. 6(1)(e)", List.of("CPR number", "name"),
                    List.of(), "5 years"));

    private final EmbeddedBroker broker = new EmbeddedBroker();
    private CamelContext camel;

    SubjectLookupRouteTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        broker.close();
    }

    @Test
    void aLookUpAnswersAndIsRecordedAsTheCitizensOwnRequest() throws Exception {
        Holdings held = new Holdings(List.of(new HeldItem(Wording.of("Row"),
                List.of(HeldField.of("Navn", "Name", "Barn Barnesen")))));
        ProducerTemplate template = start(subject -> {
            if (!subject.equals(CHILD)) {
                throw new IllegalStateException("asked about " + subject);
            }
            return held;
        });

        assertSame(held, SubjectLookupRoute.ask(template, CHILD, CITIZEN));

        Await.until("the look-up recorded", () -> broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size() == 1);
        DataAccessEvent event = DataAccessEventJson.read(((TextMessage) broker.browse(
                ForbindAddresses.TRANSPARENCY_EVENTS).get(0)).getText());
        assertEquals(CHILD, event.subject(), "the subject asked about, not the one who asked");
        assertEquals("mitid:parent", event.initiatorPerson());
        assertEquals(ProcessingType.DATA_REQUEST, event.processingType());
        assertEquals(DataAccessEventCapture.OWN_INSIGHT_PURPOSE, event.purpose());
        assertEquals(DataAccessEventCapture.OWN_INSIGHT_LEGAL_BASIS, event.legalBasis());
        assertEquals(List.of("CPR number", "name"), event.dataCategories());
        assertEquals("forbind/overview", event.initiatorOrg().system());
        assertEquals("register", event.connector());
    }

    @Test
    void aFailedLookUpGoesBackToTheAskerUnrecordedAndUnparked() throws Exception {
        ProducerTemplate template = start(subject -> {
            throw new IllegalStateException("register down");
        });

        Exception failure = assertThrows(Exception.class, () -> SubjectLookupRoute.ask(template, PARENT, CITIZEN));

        assertTrue(failure.getMessage().contains("register down"), failure.getMessage());
        Thread.sleep(300);
        assertTrue(broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).isEmpty());
        assertTrue(broker.browse(ForbindAddresses.deadLetter(REGISTER.inboundAddress())).isEmpty());
    }

    @Test
    void aConnectorsOwnLookUpRouteAnswersInJsonAndIsRecordedTheSameWay() throws Exception {
        camel = PlatformErrorHandlingTest.startedContext(broker, REGISTER, 0,
                new TrafficCounter(new TrafficTotals("t")));
        camel.addRoutes(new DeadLetterRoute(REGISTER));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(RouteSubjectLookup.ENDPOINT).setBody(simple("{\"items\":[{\"heading\":\"Row\",\"fields\":"
                        + "[{\"label\":{\"da\":\"CPR-nummer\",\"en\":\"CPR number\"},"
                        + "\"value\":\"${header.ForbindSubjectId}\"}]}]}"));
            }
        });
        RouteSubjectLookup declared = () -> Wording.of("Register");
        camel.addRoutes(SubjectLookupRoute.of(REGISTER.id(), declared).orElseThrow());

        Holdings held = SubjectLookupRoute.ask(camel.createProducerTemplate(), CHILD, CITIZEN);

        assertEquals(CHILD.id(), held.items().get(0).fields().get(0).value().da());
        assertEquals("CPR number", held.items().get(0).fields().get(0).label().en());
        Await.until("the look-up recorded once", () -> broker.browse(ForbindAddresses.TRANSPARENCY_EVENTS).size() == 1);
        assertEquals(DataAccessEventCapture.OWN_INSIGHT_PURPOSE, DataAccessEventJson.read(((TextMessage) broker.browse(
                ForbindAddresses.TRANSPARENCY_EVENTS).get(0)).getText()).purpose());
        assertTrue(SubjectLookupRoute.of("other", new Object()).isEmpty());
    }

    /** A look-up answered by {@code answer}. */
    private interface Answer {
        Holdings of(DataSubject subject) throws Exception;
    }

    private ProducerTemplate start(Answer answer) throws Exception {
        SubjectLookup lookup = new SubjectLookup() {
            @Override
            public Wording title() {
                return Wording.of("Register");
            }

            @Override
            public Holdings holdingsOf(DataSubject subject) throws Exception {
                return answer.of(subject);
            }
        };
        camel = PlatformErrorHandlingTest.startedContext(broker, REGISTER, 0,
                new TrafficCounter(new TrafficTotals("t")));
        camel.addRoutes(new DeadLetterRoute(REGISTER));
        camel.addRoutes(SubjectLookupRoute.of(REGISTER.id(), lookup).orElseThrow());
        return camel.createProducerTemplate();
    }
}
