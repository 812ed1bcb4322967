package dk.forbind.connector.housing;

import dk.forbind.connector.housing.application.ApplicationTable;
import dk.forbind.connector.housing.client.CaseSystemBreaker;
import dk.forbind.connector.housing.client.CaseSystemClient;
import dk.forbind.core.RouteRequests;
import dk.forbind.soap.SoapSignature;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the housing-benefit connector, its citizen API and its shell command share on a node: the configuration,
 * the application table, the case system's client with its circuit breaker, and the way into the connector's
 * look-up routes.
 */
@Component(service = HousingBenefit.class, configurationPid = HousingConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HousingConfig.class)
public class HousingBenefit {
    public static final String CONNECTOR = "housing-benefit";
    private static final Logger LOG = LoggerFactory.getLogger(HousingBenefit.class);

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    private final RouteRequests requests = new RouteRequests(CONNECTOR);
    private HousingConfig config;
    private ApplicationTable table;
    private CaseSystemClient caseSystem;

    @Activate
    void activate(HousingConfig settings) {
        config = settings;
        table = new ApplicationTable(dataSource, Clock.systemUTC());
        table.createAtStart();
        CaseSystemBreaker breaker = new CaseSystemBreaker(new CaseSystemBreaker.Settings(
                settings.breaker_failure_rate(), settings.breaker_window(), settings.breaker_minimum_calls(),
                Duration.ofSeconds(Math.max(1, settings.breaker_open_seconds())), settings.breaker_trial_calls()),
                Clock.systemUTC());
        caseSystem = new CaseSystemClient(URI.create(settings.casesystem_url()),
                Duration.ofMillis(settings.connect_timeout_ms()), Duration.ofMillis(settings.receive_timeout_ms()),
                breaker, signing(settings));
        LOG.info("Housing benefit: case system at {} (time-outs {} ms / {} ms; breaker opens at {} % of {} calls for"
                + " {} s)", settings.casesystem_url(), settings.connect_timeout_ms(), settings.receive_timeout_ms(),
                settings.breaker_failure_rate(), settings.breaker_window(), settings.breaker_open_seconds());
    }

    /** The WS-Security signature of every request, or none when no signing keystore is configured. */
    private static List<Interceptor<? extends Message>> signing(HousingConfig settings) {
        String keystore = settings.casesystem_signing_keystore().strip();
        if (keystore.isEmpty()) {
            LOG.warn("Housing benefit: casesystem.signing.keystore is empty, so requests to the case system go"
                    + " unsigned");
            return List.of();
        }
        char[] password = settings.casesystem_signing_password().toCharArray();
        try {
            KeyStore keys = SoapSignature.keystore(Path.of(keystore), password);
            if (!keys.isKeyEntry(settings.casesystem_signing_alias())) {
                throw new IllegalArgumentException("casesystem.signing.keystore " + keystore + " holds no key '"
                        + settings.casesystem_signing_alias() + "' (casesystem.signing.alias)");
            }
            return List.of(SoapSignature.signing(keys, settings.casesystem_signing_alias(), password));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("casesystem.signing.keystore " + keystore + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        requests.detach();
    }

    public HousingConfig config() {
        return config;
    }

    public ApplicationTable table() {
        return table;
    }

    public CaseSystemClient caseSystem() {
        return caseSystem;
    }

    public RouteRequests requests() {
        return requests;
    }
}
