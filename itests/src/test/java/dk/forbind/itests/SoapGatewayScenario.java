package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.HostileXml;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A legacy case system that speaks only SOAP hands a case-status change to a modern consumer through the message
 * gateway: signed with its agency system certificate and allowed by its agency's grants, the message reaches the
 * consumer's queue — and an unsigned request, a tampered one, one to a connector the agency may not reach, and one
 * that breaks the gateway's schema are each refused with a SOAP fault, nothing handed on.
 */
public class SoapGatewayScenario extends ForbindTestSupport {
    private static final String GATEWAY = "/forbind/api/soap/gateway/v1";
    private static final String CVR = "11223344";
    private static final String FEED = "itest-case-status-feed";
    private static final String OUT = "forbind." + FEED + ".out";

    private Path grants;
    private Oces3Ca.Issued caseSystem;

    @Before
    public void grantTheCaseSystemTheFeed() throws Exception {
        deployRouteFile(FEED, "id = " + FEED + "\nagency = 29190623\n", ""
                + "  <route id=\"" + FEED + "\">\n"
                + "    <from uri=\"jms:queue:forbind." + FEED + ".in\"/>\n"
                + "    <to uri=\"jms:queue:" + OUT + "\"/>\n"
                + "  </route>\n");
        grants = Path.of(System.getProperty("karaf.etc"), "dk.forbind.access.cfg");
        Files.writeString(grants, "trusted.issuers.file = ${karaf.etc}/forbind-agency-issuers.pem\n"
                + "grant.case-status = " + CVR + " : api:gateway.deliver, connector:" + FEED + "\n");
        caseSystem = NodeTls.agencyCa().system(CVR, "Boligstøtte sagssystem").issue();
        awaitConnector(FEED, ConnectorState.RUNNING);
        await("the case system's grant in force", () -> executeCommand("forbind:access-list").contains(CVR));
    }

    @After
    public void revoke() throws Exception {
        Files.deleteIfExists(grants);
        Files.deleteIfExists(Path.of(System.getProperty("karaf.base"), "routes", FEED + ".xml"));
        await("access unconfigured again",
                () -> executeCommand("forbind:access-list").startsWith("Agency access is not configured"));
    }

    @Test
    public void aSignedCaseStatusChangeReachesTheConsumerWithTheAgencyItCameFrom() throws Exception {
        assertTrue(httpGet(GATEWAY + "?wsdl").body().contains("MessageGatewayService"));
        String correlation = UUID.randomUUID().toString();

        HttpAnswer accepted = SignedSoap.post(GATEWAY, SignedSoap.signed(deliver(FEED, "CaseStatusChanged",
                correlation, "BS-2026-000123 GRANTED"), caseSystem.key(), caseSystem.certificate()));

        assertEquals(accepted.body(), 200, accepted.status());
        assertTrue(accepted.body(), accepted.body().contains(correlation));
        ReceivedText received = receive(OUT, TIMEOUT);
        assertEquals("BS-2026-000123 GRANTED", received.text());
        assertEquals("CaseStatusChanged", received.properties().get("ForbindMessageType"));
        assertEquals(CVR, received.properties().get("ForbindInitiatorOrg"));
        assertEquals(correlation, received.properties().get("ForbindCorrelationId"));
    }

    @Test
    public void unsignedTamperedUngrantedAndInvalidRequestsAreRefusedAndNothingIsHandedOn() throws Exception {
        HttpAnswer unsigned = SignedSoap.post(GATEWAY, SignedSoap.envelope(deliver(FEED, "CaseStatusChanged", null,
                "unsigned")));
        assertEquals(unsigned.body(), 500, unsigned.status());
        assertTrue(unsigned.body(), unsigned.body().toLowerCase().contains("security"));

        String signed = SignedSoap.signed(deliver(FEED, "CaseStatusChanged", null, "as signed"), caseSystem.key(),
                caseSystem.certificate());
        HttpAnswer tampered = SignedSoap.post(GATEWAY, signed.replace("as signed", "as changed"));
        assertEquals(tampered.body(), 500, tampered.status());
        assertTrue(tampered.body(), tampered.body().toLowerCase().contains("security"));

        HttpAnswer ungranted = SignedSoap.post(GATEWAY, SignedSoap.signed(deliver("person-register", "PersonMoved",
                null, "x"), caseSystem.key(), caseSystem.certificate()));
        assertEquals(ungranted.body(), 500, ungranted.status());
        assertTrue(ungranted.body(), ungranted.body().contains("no grant lets CVR " + CVR));

        HttpAnswer invalid = SignedSoap.post(GATEWAY, SignedSoap.signed(deliver("Not A Connector!", "X", null, "x"),
                caseSystem.key(), caseSystem.certificate()));
        assertEquals(invalid.body(), 500, invalid.status());
        assertTrue(invalid.body(), invalid.body().contains("Client"));

        assertNull("nothing handed on", receiveText(OUT, Duration.ofSeconds(2)));
    }

    @Test
    public void hostileXmlIsRefusedWhileItIsReadAndNothingIsHandedOn() throws Exception {
        String envelope = SignedSoap.envelope(deliver(FEED, "CaseStatusChanged", null, "&xxe;"));
        HttpAnswer external = SignedSoap.post(GATEWAY, HostileXml.withExternalEntity("soap:Envelope", envelope));
        assertEquals(external.body(), 500, external.status());
        assertTrue(external.body(), !external.body().contains("root:"));

        HttpAnswer expansion = SignedSoap.post(GATEWAY, HostileXml.withEntityExpansion("soap:Envelope",
                SignedSoap.envelope(deliver(FEED, "CaseStatusChanged", null, "&lol9;"))));
        assertEquals(expansion.body(), 500, expansion.status());

        HttpAnswer oversize = SignedSoap.post(GATEWAY, SignedSoap.envelope(deliver(FEED, "CaseStatusChanged", null,
                HostileXml.bulk(3_000_000))));
        assertEquals(oversize.body(), 500, oversize.status());

        HttpAnswer malformed = SignedSoap.post(GATEWAY, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                + "envelope/\"><soap:Body><unclosed></soap:Body>");
        assertEquals(malformed.body(), 500, malformed.status());

        assertNull("nothing handed on", receiveText(OUT, Duration.ofSeconds(2)));
        assertEquals("the gateway still answers", 200, httpGet(GATEWAY + "?wsdl").status());
    }

    private static String deliver(String connector, String type, String correlation, String payload) {
        return "<g:DeliverRequest xmlns:g=\"urn:forbind:gateway:1\"><g:Connector>" + connector + "</g:Connector>"
                + "<g:MessageType>" + type + "</g:MessageType>"
                + (correlation == null ? "" : "<g:CorrelationId>" + correlation + "</g:CorrelationId>")
                + "<g:Payload>" + payload + "</g:Payload></g:DeliverRequest>";
    }
}
