package dk.forbind.connector.personregister;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.SubjectType;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.person.PersonDirectory;
import dk.forbind.api.person.PersonRecord;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.MessageBatch;
import dk.forbind.core.RouteConnector;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code person-register} connector: consumes person messages from its queue in batches and keeps the
 * {@code forbind_person} table of the platform database up to date — the persons of a batch in one database
 * transaction, committed before the messages are acknowledged; a redelivered batch updates the same rows. It also
 * answers who lives where ({@link PersonDirectory}), for letters that must go on paper, and shows a person their own
 * row ({@link SubjectLookup}).
 */
@Component(service = {RouteConnector.class, PersonDirectory.class},
        configurationPid = "dk.forbind.connector.personregister")
@Designate(ocd = PersonRegisterConnector.Config.class)
public class PersonRegisterConnector implements RouteConnector, PersonDirectory, SubjectLookup {

    @ObjectClassDefinition(name = "Forbind person register connector")
    public @interface Config {
        @AttributeDefinition(description = "Owning agency (CVR or MyndighedsID)")
        String agency() default "29190623";
    }

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)")
    private DataSource dataSource;

    private static final Logger LOG = LoggerFactory.getLogger(PersonRegisterConnector.class);
    /** The first persons taken are logged one by one, then one line per thousand. */
    private static final long FIRST_LOGGED = 20;
    private static final long LOG_EVERY = 1000;

    private final AtomicLong taken = new AtomicLong();
    private ConnectorDescriptor descriptor;
    private PersonTable table;

    @Activate
    void activate(Config config) throws SQLException {
        descriptor = ConnectorDescriptor.withPersonalData("person-register", config.agency(),
                "Stores persons in the agency's person register table",
                new ProcessingDeclaration(
                        "Keeping the agency's person register up to date",
                        "GDPR art. 6(1)(e); the agency's case-handling mandate",
                        List.of("CPR number", "name", "address"),
                        List.of(),
                        "As long as the person is a client of the agency, then 5 years"))
                .dependingOn(ConnectorDependency.database());
        table = new PersonTable(dataSource);
        table.createAtStart();
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.batches(descriptor.inboundAddress()))
                        .routeId(descriptor.id() + "-store")
                        .process(PersonRegisterConnector.this::store);
            }
        };
    }

    @Override
    public Optional<PersonRecord> find(String cpr) {
        try {
            return table.find(cpr);
        } catch (SQLException e) {
            throw new DependencyUnavailableException("database", "the person register does not answer: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Wording title() {
        return PersonHoldings.TITLE;
    }

    @Override
    public Holdings holdingsOf(DataSubject subject) throws SQLException {
        return PersonHoldings.of(subject.type() == SubjectType.CPR ? table.find(subject.id()) : Optional.empty());
    }

    private void store(Exchange exchange) {
        PersonRecord person = PersonMessage.parse(exchange.getIn().getBody(String.class));
        MessageBatch.of(exchange).write(table, new PersonTable.Row(person,
                exchange.getIn().getHeader(ForbindHeaders.CORRELATION_ID, String.class)));
        long count = taken.incrementAndGet();
        if (count <= FIRST_LOGGED || count % LOG_EVERY == 0) {
            LOG.info("Taken person {} ({} since start, {} written)", DataSubject.cpr(person.cpr()).masked(), count,
                    table.written());
        }
    }
}
