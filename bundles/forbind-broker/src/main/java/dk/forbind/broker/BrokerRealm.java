package dk.forbind.broker;

import dk.forbind.broker.agency.AgencyCertificateLogin;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.config.impl.Config;
import org.apache.karaf.jaas.config.impl.Module;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAAS realm {@code forbind-broker} that the embedded Artemis broker authenticates against
 * ({@code domain} in {@code etc/org.apache.activemq.artemis.cfg}). Its accounts live in a file of their
 * own, apart from Karaf's {@code users.properties}: a broker account can use the broker and nothing
 * else — no shell, no JMX, no web console. Passwords are stored as digests ({CRYPT}…{CRYPT}). Agency systems have
 * no account here: they log in by the system certificate of their TLS connection ({@link AgencyCertificateLogin}).
 */
@Component(immediate = true, configurationPid = "dk.forbind.broker")
@Designate(ocd = BrokerRealm.Settings.class)
public class BrokerRealm {
    public static final String NAME = "forbind-broker";
    private static final Logger LOG = LoggerFactory.getLogger(BrokerRealm.class);

    @ObjectClassDefinition(name = "Forbind broker accounts")
    public @interface Settings {
        @AttributeDefinition(description = "Properties file of the broker accounts (user = password,role,...);"
                + " relative paths are resolved against karaf.etc")
        String users_file() default "forbind-broker.users.properties";

        @AttributeDefinition(description = "Digest of the stored passwords (SHA-256 or SHA-512)")
        String encryption_algorithm() default "SHA-512";
    }

    private ServiceRegistration<JaasRealm> registration;

    @Activate
    void activate(BundleContext context, Settings settings) {
        Path users = Path.of(System.getProperty("karaf.etc", "etc")).resolve(settings.users_file());
        Properties options = new Properties();
        options.put("users", users.toString());
        options.put("detailed.login.exception", "false");
        options.put("encryption.enabled", "true");
        options.put("encryption.name", "basic");
        options.put("encryption.prefix", "{CRYPT}");
        options.put("encryption.suffix", "{CRYPT}");
        options.put("encryption.algorithm", settings.encryption_algorithm());
        options.put("encryption.encoding", "hexadecimal");

        Module accounts = new Module();
        accounts.setName("broker-accounts");
        accounts.setClassName(PropertiesLoginModule.class.getName());
        accounts.setFlags("sufficient");
        accounts.setOptions(options);
        Module agencySystems = new Module();
        agencySystems.setName("agency-system-certificates");
        agencySystems.setClassName(AgencyCertificateLogin.class.getName());
        agencySystems.setFlags("sufficient");
        agencySystems.setOptions(new Properties());
        Config realm = new Config();
        realm.setName(NAME);
        realm.setRank(0);
        realm.setBundleContext(context);
        realm.setModules(new Module[] {accounts, agencySystems});
        registration = context.registerService(JaasRealm.class, realm, null);
        LOG.info("Broker realm {} active: accounts in {}", NAME, users);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
