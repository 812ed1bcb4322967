package dk.forbind.sim.housing;

import dk.forbind.soap.SoapSignature;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulated housing-benefit case system: its cases ({@link CaseRegister}), how
 * long it takes to answer, and its state — NORMAL, SLOW (every answer late), FAULTY (every call answered with the
 * SystemBusy fault) or DOWN (HTTP 503 to everything, its WSDL too, as behind a load balancer whose back end is gone).
 */
@Component(service = SimulatedCaseSystem.class, configurationPid = SimulatedCaseSystem.PID)
@Designate(ocd = SimulatedCaseSystem.Config.class)
public class SimulatedCaseSystem {
    static final String PID = "dk.forbind.sim.housing";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCaseSystem.class);

    @ObjectClassDefinition(name = "Forbind housing case system simulator (development only)")
    public @interface Config {
        @AttributeDefinition(description = "Seconds from an application to the case system's decision")
        int decision_seconds() default 20;

        @AttributeDefinition(description = "Milliseconds every answer takes in NORMAL mode")
        int latency_ms() default 15;

        @AttributeDefinition(description = "Milliseconds every answer takes in SLOW mode (unless the mode names its own)")
        int slow_latency_ms() default 4000;

        @AttributeDefinition(description = "RetryAfterSeconds of the SystemBusy fault in FAULTY mode")
        int busy_retry_seconds() default 5;

        @AttributeDefinition(description = "PKCS12 keystore of the certificates whose signed requests the system"
                + " takes (WS-Security); empty: it takes unsigned requests too", required = false)
        String trusted_keystore() default "";

        @AttributeDefinition(description = "Password of the trusted keystore", type = AttributeType.PASSWORD,
                required = false)
        String trusted_keystore_password() default "";
    }

    /** How the system behaves. */
    public enum Mode {
        NORMAL, SLOW, FAULTY, DOWN
    }

    /** The mode and, for SLOW, how late each answer is. */
    record State(Mode mode, Duration latency) {
        @Override
        public String toString() {
            return mode == Mode.SLOW ? mode + " " + latency.toMillis() + " ms" : mode.name();
        }
    }

    private final CaseRegister register = new CaseRegister(Clock.systemUTC(), Duration.ofSeconds(20));
    private final AtomicReference<State> state = new AtomicReference<>(new State(Mode.NORMAL, Duration.ZERO));
    private volatile Config config;

    @Activate
    @Modified
    void configure(Config settings) {
        config = settings;
        register.decisionTime(Duration.ofSeconds(Math.max(0, settings.decision_seconds())));
    }

    CaseRegister register() {
        return register;
    }

    State state() {
        return state.get();
    }

    /** Switches the system: {@code NORMAL}, {@code SLOW [ms]}, {@code FAULTY} or {@code DOWN}. */
    State switchTo(String wanted) {
        String[] words = wanted.strip().split("\\s+");
        Mode mode = Mode.valueOf(words[0].toUpperCase(Locale.ROOT));
        Duration latency = mode != Mode.SLOW ? Duration.ZERO : Duration.ofMillis(words.length > 1
                ? Long.parseLong(words[1]) : config.slow_latency_ms());
        State next = new State(mode, latency);
        State previous = state.getAndSet(next);
        if (!previous.equals(next)) {
            LOG.info("Housing case system simulator: {} -> {}", previous, next);
        }
        return next;
    }

    /** How long this answer takes in the current mode. */
    Duration latency() {
        State now = state.get();
        return now.mode() == Mode.SLOW ? now.latency() : Duration.ofMillis(config.latency_ms());
    }

    int busyRetrySeconds() {
        return config.busy_retry_seconds();
    }

    /** The certificates whose signed requests the system takes; empty when it takes unsigned requests. */
    List<X509Certificate> trusted() throws IOException, GeneralSecurityException {
        String keystore = config.trusted_keystore().strip();
        if (keystore.isEmpty()) {
            return List.of();
        }
        KeyStore store = SoapSignature.keystore(Path.of(keystore), config.trusted_keystore_password().toCharArray());
        List<X509Certificate> certificates = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                certificates.add(certificate);
            }
        }
        return certificates;
    }
}
