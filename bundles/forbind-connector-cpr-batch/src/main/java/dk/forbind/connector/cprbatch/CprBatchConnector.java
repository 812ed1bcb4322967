package dk.forbind.connector.cprbatch;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.batch.BatchFileLedger;
import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.RouteConnector;
import java.nio.file.Path;
import java.util.List;
import javax.jms.ConnectionFactory;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code cpr-batch} connector: CPR-extract style batch files in, one persistent person message
 * per valid record out; bad records are parked with their file name and line number.
 */
@Component(service = RouteConnector.class, configurationPid = "dk.forbind.connector.cprbatch")
@Designate(ocd = CprBatchConfig.class)
public class CprBatchConnector implements RouteConnector {
    static final String ID = "cpr-batch";

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    @Reference(target = "(component=file)")
    private ComponentResolver fileComponent;

    @Reference
    private BatchFileLedger ledger;

    @Reference
    private NodeRoles roles;

    private CprBatchConfig config;
    private ConnectorDescriptor descriptor;

    @Activate
    void activate(CprBatchConfig config) {
        this.config = config;
        this.descriptor = ConnectorDescriptor.withPersonalData(ID, config.agency(),
                "Reads CPR-extract style batch files and publishes one message per person",
                new ProcessingDeclaration(
                        "Keeping the agency's person register up to date from the CPR extract",
                        "GDPR art. 6(1)(e) and the CPR Act (CPR-loven) on disclosure to public authorities",
                        List.of("CPR number", "name", "address"),
                        List.of("the agency's person register"),
                        "As long as the person is a client of the agency, then 5 years",
                        ProcessingType.DATA_RESPONSE));
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public RoutesBuilder routes() {
        Path inbox = Path.of(config.inbox().replace("${karaf.base}", System.getProperty("karaf.base", ".")));
        return new CprBatchRoutes(descriptor, inbox, config.target_address(), config.source_org(),
                config.poll_delay_ms(),
                new CprBatchFileProcessor(ID, inbox, connectionFactory, descriptor.inboundAddress(),
                        Math.max(1, config.batch_size()), ledger), new InboxPolls(ledger, roles, ID));
    }
}
