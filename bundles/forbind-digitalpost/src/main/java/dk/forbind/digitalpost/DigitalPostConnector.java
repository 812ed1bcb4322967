package dk.forbind.digitalpost;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.person.PersonDirectory;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.RouteConnector;
import dk.forbind.digitalpost.delivery.DigitalPostClient;
import dk.forbind.digitalpost.delivery.LetterDelivery;
import dk.forbind.digitalpost.delivery.LetterIntake;
import dk.forbind.digitalpost.delivery.ReceiptIntake;
import dk.forbind.digitalpost.delivery.RegistrationLookup;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@code digital-post} connector: letters handed in on the broker are checked and registered
 * ({@code forbind.digitalpost.outbound}); each registered letter is delivered from the connector's queue —
 * to Digital Post, or on paper — and Digital Post's receipts settle them ({@code forbind.digitalpost.receipts}),
 * each also told to the sending authority on {@code forbind.agency.<cvr>.digitalpost.status}.
 * It needs the platform database and Digital Post: while either is down, its letters wait on the broker. A person
 * or business sees the letters sent to them in their overview ({@link SubjectLookup}: what each letter is, never
 * its content).
 */
@Component(service = RouteConnector.class, configurationPid = DigitalPostConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DigitalPostConnector implements RouteConnector, SubjectLookup {
    public static final String ID = "digital-post";

    @Reference
    private DigitalPostLetters letters;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PersonDirectory persons;

    private ConnectorDescriptor descriptor;
    private DigitalPostClient digitalPost;
    private RegistrationLookup registrations;

    @Activate
    void activate(DigitalPostConfig config) {
        digitalPost = new DigitalPostClient(URI.create(config.digitalpost_url()),
                Duration.ofSeconds(config.connect_timeout_seconds()), Duration.ofSeconds(config.send_timeout_seconds()),
                SystemCertificate.tlsContext(config.tls_keystore(), config.tls_keystore_password()));
        registrations = new RegistrationLookup(digitalPost::registration,
                Duration.ofSeconds(config.registration_cache_seconds()), Clock.systemUTC());
        descriptor = ConnectorDescriptor.withPersonalData(ID, config.agency(),
                "Delivers authorities' MeMo letters through Digital Post, or on paper to those exempt",
                new ProcessingDeclaration(
                        "Delivering authorities' letters to citizens and businesses through Digital Post, or on paper"
                                + " to those exempt or not registered",
                        "Act on Digital Post from public senders (lov om Digital Post fra offentlige afsendere) § 3;"
                                + " the sending authority's own basis for the letter",
                        List.of("CPR or CVR number", "name and address (letters on paper)", "the letter and its case"),
                        List.of("Digital Post (the Danish Agency for Digital Government)", "the print service"),
                        "Letter status as long as the platform keeps letters; content " + config.content_retention_days()
                                + " days after the letter is settled"))
                .dependingOn(ConnectorDependency.database(),
                        ConnectorDependency.http(DigitalPostClient.DEPENDENCY, digitalPost.baseUrl()));
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Wording title() {
        return LetterHoldings.TITLE;
    }

    @Override
    public Holdings holdingsOf(DataSubject subject) throws SQLException {
        return LetterHoldings.of(letters.table().toRecipient(subject, LetterHoldings.SHOWN + 1));
    }

    @Override
    public RoutesBuilder routes() {
        LetterIntake intake = new LetterIntake(letters);
        LetterDelivery delivery = new LetterDelivery(letters.table(), registrations, digitalPost,
                () -> Optional.ofNullable(persons));
        ReceiptIntake receipts = new ReceiptIntake(letters.table());
        String deliveries = ForbindEndpoints.queue(descriptor.inboundAddress());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(ForbindAddresses.DIGITAL_POST_OUTBOUND)).routeId(ID + "-intake")
                        .process(intake)
                        .filter(exchangeProperty(LetterIntake.DELIVER))
                        .to(deliveries);
                from(deliveries).routeId(ID + "-deliver")
                        .process(delivery);
                from(ForbindEndpoints.queue(ForbindAddresses.DIGITAL_POST_RECEIPTS)).routeId(ID + "-receipts")
                        .process(receipts)
                        .filter(header(ReceiptIntake.NOTICE_ADDRESS).isNotNull())
                        .toD(ForbindEndpoints.queue("${header." + ReceiptIntake.NOTICE_ADDRESS + "}"));
            }
        };
    }
}
