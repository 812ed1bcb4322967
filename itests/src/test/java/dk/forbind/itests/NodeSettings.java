package dk.forbind.itests;

import java.util.ArrayList;
import java.util.List;

/**
 * How a test node is configured, whichever way it is started — booted by Pax Exam ({@link ForbindTestSupport})
 * or by its own scripts ({@link InstalledDistribution}): one list of "key = value" lines in files under the
 * distribution, which each applies in its own way. Every node gets ports nobody else listens on, and the
 * eID configuration follows its HTTP port to the node's own simulator.
 */
final class NodeSettings {
    /** The system property that tells code inside a Pax Exam container its node's HTTP port. */
    static final String HTTP_PORT_PROPERTY = "forbind.itest.http.port";

    /** One line of one configuration file. */
    record Setting(String file, String key, String value) {
    }

    /** The system property that tells code inside a Pax Exam container its broker's port for agency systems. */
    static final String AGENCY_BROKER_PORT_PROPERTY = "forbind.itest.agency.broker.port";
    private static final String AGENCY_ACCEPTOR = "etc/dk.forbind.broker.agencies.cfg";

    /** The secret the citizen pages and the eID simulator of a test node share. */
    private static final String CITIZEN_CLIENT_SECRET = "itest-citizen-client-secret";

    /** The system property that tells code inside a Pax Exam container its node's HTTPS port. */
    static final String HTTPS_PORT_PROPERTY = "forbind.itest.https.port";

    final int httpPort = FreePorts.next();
    final int httpsPort = FreePorts.next();
    final int brokerPort = FreePorts.next();
    final int agencyBrokerPort = FreePorts.next();
    final int sshPort = FreePorts.next();
    final int jmxRegistryPort = FreePorts.next();
    final int jmxServerPort = FreePorts.next();
    private final List<Setting> settings = new ArrayList<>();

    NodeSettings() {
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort);
        set("etc/system.properties", HTTP_PORT_PROPERTY, httpPort);
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", httpsPort);
        set("etc/system.properties", HTTPS_PORT_PROPERTY, httpsPort);
        set("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort);
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", jmxRegistryPort);
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", jmxServerPort);
        set("etc/system.properties", "forbind.broker.port", brokerPort);
        set("etc/system.properties", AGENCY_BROKER_PORT_PROPERTY, agencyBrokerPort);
        set(AGENCY_ACCEPTOR, "port", agencyBrokerPort);
        set("etc/org.ops4j.connectionfactory-forbind.cfg", "url",
                "tcp://127.0.0.1:" + brokerPort + "?reconnectAttempts=-1&retryInterval=500");
        String simulator = simulator(httpPort);
        set("etc/dk.forbind.sim.eid.cfg", "issuer", simulator);
        set("etc/dk.forbind.sim.eid.cfg", "saml.entity.id", simulator + "/saml");
        set("etc/dk.forbind.eid.cfg", "oidc.issuer", simulator);
        set("etc/dk.forbind.eid.cfg", "oidc.jwks.url", simulator + "/jwks");
        set("etc/dk.forbind.eid.saml.cfg", "idp.metadata.url", simulator + "/saml/metadata");
        String loginReturn = "http://localhost:" + httpPort + "/forbind/borger/login/callback";
        set("etc/dk.forbind.sim.eid.cfg", "oidc.client.secret", CITIZEN_CLIENT_SECRET);
        set("etc/dk.forbind.sim.eid.cfg", "oidc.redirect.uris", loginReturn);
        set("etc/dk.forbind.citizen.cfg", "oidc.client.secret", CITIZEN_CLIENT_SECRET);
        set("etc/dk.forbind.citizen.cfg", "oidc.redirect.uri", loginReturn);
        set("etc/dk.forbind.digitalpost.cfg", "digitalpost.url", digitalPostSimulator(httpPort));
        set("etc/dk.forbind.housing.cfg", "casesystem.url", "http://localhost:" + httpPort
                + "/forbind/sim/housing/cases");
    }

    /** The Digital Post simulator of the node on this HTTP port. */
    static String digitalPostSimulator(int httpPort) {
        return "http://localhost:" + httpPort + "/forbind/sim/digitalpost";
    }

    /** The eID broker simulator of the node on this HTTP port. */
    static String simulator(int httpPort) {
        return "http://localhost:" + httpPort + "/forbind/sim/eid";
    }

    /**
     * The accounts {@code bin/forbind-credentials} makes at a first start, with passwords a test knows: the Karaf
     * administrator, the broker account (realm {@code forbind-broker}) and the database.
     */
    NodeSettings accounts(String adminPassword, String brokerPassword, String databasePassword) {
        set("etc/users.properties", "admin", KarafPassword.digest(adminPassword) + ",_g_:admingroup");
        set("etc/users.properties", "_g_:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        set("etc/forbind-broker.users.properties", "forbind-broker",
                KarafPassword.digest(brokerPassword) + ",forbind-broker");
        set("etc/org.ops4j.connectionfactory-forbind.cfg", "password", brokerPassword);
        set("etc/org.ops4j.datasource-forbind.cfg", "password", databasePassword);
        return this;
    }

    /** The passwords of the TLS material {@link NodeTls} makes (a Pax Exam node has no first start). */
    NodeSettings tlsPasswords() {
        set("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password", NodeTls.PASSWORD);
        set("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password", NodeTls.PASSWORD);
        set("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.truststore.password", NodeTls.PASSWORD);
        set("etc/dk.forbind.sim.eid.cfg", "oces3.ca.password", NodeTls.PASSWORD);
        set("etc/dk.forbind.housing.cfg", "casesystem.signing.password", NodeTls.PASSWORD);
        set("etc/dk.forbind.sim.housing.cfg", "trusted.keystore.password", NodeTls.PASSWORD);
        set(AGENCY_ACCEPTOR, "keystore.password", NodeTls.PASSWORD);
        set(AGENCY_ACCEPTOR, "truststore.password", NodeTls.PASSWORD);
        return this;
    }

    /** Short redelivery delays, polling and checkpoint intervals, so scenarios do not wait on production timers. */
    NodeSettings quickTimers() {
        set("etc/dk.forbind.core.cfg", "redelivery.delay.ms", 50);
        set("etc/dk.forbind.core.cfg", "swap.start.timeout.seconds", 10);
        set("etc/dk.forbind.connector.cprbatch.cfg", "poll.delay.ms", 250);
        set("etc/dk.forbind.transparency.cfg", "checkpoint.idle.seconds", 1);
        set("etc/dk.forbind.housing.cfg", "decision.poll.seconds", 1);
        set("etc/dk.forbind.housing.cfg", "breaker.open.seconds", 3);
        set("etc/dk.forbind.housing.cfg", "receive.timeout.ms", 2000);
        set("etc/dk.forbind.overview.cfg", "source.timeout.ms", 1000);
        set("etc/dk.forbind.sim.housing.cfg", "decision.seconds", 2);
        return this;
    }

    NodeSettings set(String file, String key, Object value) {
        settings.add(new Setting(file, key, value.toString()));
        return this;
    }

    List<Setting> settings() {
        return List.copyOf(settings);
    }
}
