package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.fixtures.Await;
import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.jms.JMSException;
import javax.jms.JMSSecurityException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.Test;

/**
 * Agency systems on the shared broker: a system logs in with its certificate on the agency acceptor, sends to the
 * connector its agency is granted — named as the initiator whatever it wrote — and reads its own replies; it cannot
 * read what it sent, another agency's replies or a dead-letter queue, nor send where no grant lets it. Another agency
 * cannot send to the connector, no one gets in without a certificate or an account, and a revoked grant closes the
 * address at once. The scenario removes its connector and access configuration again.
 */
public class AgencyBrokerScenario extends ForbindTestSupport {
    private static final String CONNECTOR = "itest-agency-intake";
    private static final String INBOUND = "forbind." + CONNECTOR + ".in";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    public void anAgencySystemSendsAsItselfWhereItIsGrantedAndNowhereElse() throws Exception {
        Oces3Ca ca = Oces3Ca.load(Path.of(System.getProperty("karaf.base"), NodeTls.AGENCY_CA),
                NodeTls.PASSWORD.toCharArray());
        AgencyBrokerClient housing = AgencyBrokerClient.presenting(
                ca.system("29190623", "Boligstøtte sagssystem").issue(), ca);
        AgencyBrokerClient tax = AgencyBrokerClient.presenting(ca.system("11111111", "Skattesystem").issue(), ca);
        Path config = Path.of(System.getProperty("karaf.etc"), "dk.forbind.access.cfg");
        deployRouteFile(CONNECTOR, "id = " + CONNECTOR + "\nagency = 29190623\n", ""
                + "  <route id=\"" + CONNECTOR + "\">\n"
                + "    <from uri=\"jms:queue:" + INBOUND + "\"/>\n"
                + "    <to uri=\"jms:queue:forbind." + CONNECTOR + ".out\"/>\n"
                + "  </route>\n");
        try {
            awaitConnector(CONNECTOR, ConnectorState.RUNNING);
            Files.writeString(config, grants("connector:" + CONNECTOR));
            await("the housing system may send", () -> sends(housing, "ready?"));

            housing.send(INBOUND, "application 1", Map.of(ForbindHeaders.INITIATOR_ORG, "99999999",
                    ForbindHeaders.INITIATOR_PERSON, "Forged Person", "_AMQ_VALIDATED_USER", "forbind-broker"));
            ReceivedText received = Await.until("application 1 through the connector", WAIT,
                    () -> receive("forbind." + CONNECTOR + ".out", Duration.ofSeconds(1)),
                    message -> message != null && message.text().equals("application 1"));
            assertEquals("29190623", received.properties().get(ForbindHeaders.INITIATOR_ORG));
            assertTrue(received.properties().get(ForbindHeaders.INITIATOR_SYSTEM),
                    received.properties().get(ForbindHeaders.INITIATOR_SYSTEM).startsWith("Boligstøtte sagssystem ("));
            assertNull(received.properties().get(ForbindHeaders.INITIATOR_PERSON));

            sendText("forbind.agency.29190623.receipts", "receipt for application 1");
            assertEquals("receipt for application 1", housing.receive("forbind.agency.29190623.receipts", WAIT));

            assertRefused("reading what it sent", () -> housing.receive(INBOUND, Duration.ofSeconds(1)));
            assertRefused("reading another agency's replies",
                    () -> housing.receive("forbind.agency.11111111.receipts", Duration.ofSeconds(1)));
            assertRefused("reading a dead-letter queue",
                    () -> housing.receive("DLQ." + INBOUND, Duration.ofSeconds(1)));
            assertRefused("sending data-access events",
                    () -> housing.send("forbind.transparency.events", "{}", Map.of()));
            assertRefused("sending as another agency to the connector", () -> tax.send(INBOUND, "not mine", Map.of()));

            Files.writeString(config, grants("api:transparency.auditor"));
            await("the revoked grant closes the address", () -> !sends(housing, "after revocation"));
        } finally {
            Files.deleteIfExists(config);
            Files.delete(Path.of(System.getProperty("karaf.base"), "routes", CONNECTOR + ".xml"));
            Files.delete(Path.of(System.getProperty("karaf.base"), "routes", CONNECTOR + ".properties"));
        }
        await("the scenario's connector undeployed", () -> connectors.connector(CONNECTOR).isEmpty());
    }

    @Test
    public void noOneGetsOnTheBrokerWithoutACertificateOrAnAccount() throws Exception {
        try {
            AgencyBrokerClient.withoutCertificate().send(INBOUND, "anonymous", Map.of());
            fail("the agency acceptor takes no connection without a client certificate");
        } catch (JMSException expected) {
            // the TLS handshake fails: the acceptor requires a client certificate
        }
        try (ActiveMQConnectionFactory anonymous = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + brokerPort() + "?reconnectAttempts=0")) {
            anonymous.createConnection().close();
            fail("the platform acceptor takes no anonymous login");
        } catch (JMSSecurityException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("AMQ229031"));
        }
    }

    private static String grants(String housingTargets) {
        return "trusted.issuers.file = ${karaf.etc}/forbind-agency-issuers.pem\n"
                + "grant.housing = 29190623 : " + housingTargets + "\n"
                + "grant.tax = 11111111 : api:transparency.auditor\n";
    }

    private static boolean sends(AgencyBrokerClient client, String text) {
        try {
            client.send(INBOUND, text, Map.of());
            return true;
        } catch (JMSException refused) {
            return false;
        }
    }

    private static void assertRefused(String what, Attempt attempt) throws Exception {
        try {
            attempt.run();
            fail(what + " was allowed");
        } catch (JMSSecurityException expected) {
            assertTrue(what + ": " + expected.getMessage(), expected.getMessage().contains("does not have permission="));
        }
    }

    private interface Attempt {
        void run() throws Exception;
    }
}
