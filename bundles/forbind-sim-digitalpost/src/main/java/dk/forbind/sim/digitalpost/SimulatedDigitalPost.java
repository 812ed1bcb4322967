package dk.forbind.sim.digitalpost;

import dk.forbind.api.ForbindAddresses;
import dk.forbind.digitalpost.sf1601.PostStatusReceipt;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.MessageProducer;
import javax.jms.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEVELOPMENT AND TESTS ONLY. Digital Post as the platform meets it: a registration register of test numbers, kombi
 * requests checked as Digital Post checks them, each letter delivered once however often it is sent (by
 * messageUUID), a receipt pushed to {@code forbind.digitalpost.receipts} after a delay, and failure modes — ERROR
 * (HTTP 500 to every send), TIMEOUT (no answer to sends), DOWN (503 to everything).
 */
@Component(service = SimulatedDigitalPost.class, configurationPid = "dk.forbind.sim.digitalpost",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SimulatedDigitalPost.Config.class)
public class SimulatedDigitalPost {

    @ObjectClassDefinition(name = "Forbind Digital Post simulator")
    public @interface Config {
        @AttributeDefinition(description = "CPR and CVR numbers registered for Digital Post")
        String registered() default "0101901234, 29190623, 34051178";

        @AttributeDefinition(description = "CPR numbers exempt from Digital Post (their letters go on paper)")
        String exempt() default "0202902345";

        @AttributeDefinition(description = "CPR numbers whose letters are sent but fail (receipt Fejlet)")
        String undeliverable() default "";

        long receipt_delay_ms() default 200;

        @AttributeDefinition(description = "How long a send hangs in TIMEOUT mode")
        int timeout_seconds() default 120;
    }

    /** How the simulator behaves. */
    public enum Mode {
        NORMAL, ERROR, TIMEOUT, DOWN
    }

    /** What Digital Post answered: status and body. */
    record Answer(int status, String contentType, String body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDigitalPost.class);
    private static final int RECEIPT_ATTEMPTS = 60;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory broker;

    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);
    private final Map<UUID, ReceivedLetter> received = new ConcurrentHashMap<>();
    private final KombiCheck check = new KombiCheck();
    /** Checking a request takes several times its size in memory; the simulator shares the node's heap. */
    private final Semaphore checking = new Semaphore(2);
    private Set<String> registered;
    private Set<String> exempt;
    private Set<String> undeliverable;
    private long receiptDelayMs;
    private int timeoutSeconds;
    private ScheduledExecutorService receipts;

    @Activate
    void activate(Config config) {
        registered = numbers(config.registered());
        exempt = numbers(config.exempt());
        undeliverable = numbers(config.undeliverable());
        receiptDelayMs = config.receipt_delay_ms();
        timeoutSeconds = config.timeout_seconds();
        receipts = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sim-digitalpost-receipts"));
        LOG.warn("DEVELOPMENT ONLY: Digital Post simulator active ({} registered, {} exempt test numbers)",
                registered.size(), exempt.size());
    }

    @Deactivate
    void deactivate() {
        receipts.shutdownNow();
    }

    Mode mode() {
        return mode.get();
    }

    void mode(Mode next) {
        Mode previous = mode.getAndSet(next);
        if (previous != next) {
            LOG.warn("Digital Post simulator: {} -> {}", previous, next);
        }
    }

    /** The service's own page: answers unless the simulator is DOWN. */
    Answer home() {
        return mode.get() == Mode.DOWN ? down()
                : new Answer(200, "text/plain", "Forbind Digital Post simulator (SF1601-style), mode " + mode.get());
    }

    Answer registration(String idType, String id) {
        if (mode.get() == Mode.DOWN) {
            return down();
        }
        if (!Set.of("CPR", "CVR").contains(idType)) {
            return new Answer(400, "application/json", "{\"error\":\"idType is CPR or CVR\"}");
        }
        String status = registered.contains(id) ? "REGISTERED" : exempt.contains(id) ? "EXEMPT" : "UNKNOWN";
        return new Answer(200, "application/json", "{\"recipientID\":\"" + id.replaceAll("[^0-9]", "")
                + "\",\"idType\":\"" + idType + "\",\"status\":\"" + status + "\"}");
    }

    Answer kombi(byte[] body, String transactionId) throws InterruptedException {
        switch (mode.get()) {
            case DOWN:
                return down();
            case ERROR:
                return new Answer(500, "application/xml", "<Fejl><FejlKode>InternFejl</FejlKode><FejlTekst>simulated"
                        + " internal error</FejlTekst></Fejl>");
            case TIMEOUT:
                TimeUnit.SECONDS.sleep(timeoutSeconds);
                return new Answer(504, "text/plain", "simulated time-out");
            default:
                break;
        }
        if (transactionId == null || transactionId.isBlank()) {
            return refused(new KombiRefused("TransaktionsIdMangler", "the X-TransaktionsId header is required"));
        }
        Kombi kombi;
        checking.acquire();
        try {
            kombi = check.check(body);
            if (!kombi.onPaper() && !registered.contains(kombi.recipientId())) {
                throw new KombiRefused("ModtagerIkkeTilmeldt", "the recipient is not registered for Digital Post;"
                        + " send Fysisk Post");
            }
        } catch (KombiRefused e) {
            return refused(e);
        } finally {
            checking.release();
        }
        ReceivedLetter letter = received.computeIfAbsent(kombi.messageUuid(), uuid -> new ReceivedLetter(kombi));
        boolean first = letter.requested(transactionId);
        if (first) {
            scheduleReceipt(kombi, transactionId, 0);
        }
        LOG.info("Digital Post simulator: letter {} by {} ({} request{}), transaction {}", kombi.messageUuid(),
                kombi.choice(), letter.requests(), letter.requests() == 1 ? "" : "s", transactionId);
        return new Answer(200, "application/xml", "<Kvittering><MessageUUID>" + kombi.messageUuid()
                + "</MessageUUID><TransaktionsId>" + transactionId.replaceAll("[^0-9a-fA-F-]", "")
                + "</TransaktionsId></Kvittering>");
    }

    Optional<ReceivedLetter> received(UUID letter) {
        return Optional.ofNullable(received.get(letter));
    }

    int receivedCount() {
        return received.size();
    }

    private void scheduleReceipt(Kombi kombi, String transactionId, int attempt) {
        receipts.schedule(() -> pushReceipt(kombi, transactionId, attempt), attempt == 0 ? receiptDelayMs : 1000,
                TimeUnit.MILLISECONDS);
    }

    private void pushReceipt(Kombi kombi, String transactionId, int attempt) {
        boolean fails = undeliverable.contains(kombi.recipientId());
        PostStatusReceipt receipt = new PostStatusReceipt(kombi.messageUuid(), transactionId,
                fails ? PostStatusReceipt.FAILED : PostStatusReceipt.DELIVERED, fails ? "PostkasseLukket" : null,
                fails ? "the recipient's mailbox is closed" : null);
        ConnectionFactory factory = broker;
        try {
            if (factory == null) {
                throw new JMSException("no broker connection factory yet");
            }
            try (Connection connection = factory.createConnection();
                 Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 MessageProducer producer = session.createProducer(
                         session.createQueue(ForbindAddresses.DIGITAL_POST_RECEIPTS))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(session.createTextMessage(receipt.toXml()));
            }
            received.get(kombi.messageUuid()).receiptSent(receipt.statusCode());
        } catch (JMSException | RuntimeException e) {
            if (attempt + 1 < RECEIPT_ATTEMPTS) {
                scheduleReceipt(kombi, transactionId, attempt + 1);
            } else {
                LOG.warn("Digital Post simulator gave up pushing the receipt of letter {}: {}", kombi.messageUuid(),
                        e.getMessage());
            }
        }
    }

    private static Answer down() {
        return new Answer(503, "text/plain", "Digital Post simulator is DOWN");
    }

    private static Answer refused(KombiRefused e) {
        LOG.info("Digital Post simulator refused a kombi request: {} {}", e.code(), e.getMessage());
        return new Answer(400, "application/xml", e.toXml());
    }

    private static Set<String> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static Mode parseMode(String text) {
        return Mode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
