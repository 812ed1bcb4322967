package dk.forbind.connector.housing;

import dk.forbind.api.ConnectorDependency;
import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.api.SubjectType;
import dk.forbind.api.cluster.NodeRoles;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;
import dk.forbind.connector.housing.client.CaseSystemClient;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.RouteConnector;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code housing-benefit} connector: citizens' applications wait on its queue until the case system takes them
 * ({@code -submit}); it looks for the case system's decisions ({@code -decision-watch}) and sends each as a
 * Digital Post letter ({@code -decisions}); and it answers citizens' look-ups ({@code -cases}, {@code -case}). It
 * needs the platform database and the case system: while either is down — or the case system's circuit breaker is
 * open — applications wait on the broker. A citizen sees their cases, live from the case system, and the
 * applications still waiting in their overview ({@link SubjectLookup}).
 */
@Component(service = RouteConnector.class, configurationPid = HousingConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class HousingConnector implements RouteConnector, SubjectLookup {
    /** The connector's queue of decision notices. */
    static final String DECISIONS = "forbind." + HousingBenefit.CONNECTOR + ".decisions";
    /** The newest applications a citizen's overview looks at for those still waiting. */
    private static final int PENDING_SHOWN = 50;

    @Reference
    private HousingBenefit housing;

    @Reference
    private NodeRoles roles;

    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;

    private ConnectorDescriptor descriptor;

    @Activate
    void activate(HousingConfig config) {
        descriptor = ConnectorDescriptor.withPersonalData(HousingBenefit.CONNECTOR, config.agency(),
                "Housing-benefit applications and cases of citizens, through the agency's case system",
                new ProcessingDeclaration(
                        "Handling citizens' applications for housing benefit, showing them their cases, and telling"
                                + " them the decision",
                        "Act on individual housing benefit (lov om individuel boligstøtte); GDPR art. 6(1)(e)",
                        List.of("CPR number", "address and dwelling", "household members", "household income",
                                "the case and its decision"),
                        List.of("the housing-benefit case system of " + config.agency_name(),
                                "Digital Post (the decision letter)"),
                        "The application's status as long as the case is open, then 5 years"))
                .dependingOn(ConnectorDependency.database(),
                        ConnectorDependency.http(CaseSystemClient.DEPENDENCY, housing.caseSystem().probeUrl()));
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Wording title() {
        return HousingHoldings.title(housing.config().agency_name());
    }

    /** The cases from the case system (its failures thrown: not available now) and the waiting applications. */
    @Override
    public Holdings holdingsOf(DataSubject subject) throws SQLException {
        if (subject.type() != SubjectType.CPR) {
            return HousingHoldings.of(List.of(), List.of());
        }
        return HousingHoldings.of(housing.caseSystem().cases(subject.id()),
                housing.table().notYetCases(subject.id(), PENDING_SHOWN));
    }

    @Override
    public RoutesBuilder routes() {
        HousingConfig config = housing.config();
        ApplicationSubmission submission = new ApplicationSubmission(housing.table(), housing.caseSystem());
        DecisionWatch watch = new DecisionWatch(housing.table(), housing.caseSystem(), DECISIONS,
                config.decision_poll_batch(), () -> roles.holds(DecisionWatch.ROLE));
        DecisionNotice notice = new DecisionNotice(config.agency(), config.agency_name());
        CaseLookup lookup = new CaseLookup(housing.caseSystem());
        long poll = Math.max(1, config.decision_poll_seconds()) * 1000L;
        String id = descriptor.id();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(descriptor.inboundAddress())).routeId(id + "-submit")
                        .process(submission);
                from("timer:" + id + "-decisions?delay=" + poll + "&period=" + poll).routeId(id + "-decision-watch")
                        .process(watch);
                from(ForbindEndpoints.queue(DECISIONS)).routeId(id + "-decisions")
                        .process(notice)
                        .to(ForbindEndpoints.queue(ForbindAddresses.DIGITAL_POST_OUTBOUND))
                        .process(DecisionNotice.notified(housing.table()));
                // a citizen waits for a look-up: no redelivery and no dead letters, the failure goes back to the API
                from(CaseLookup.CASES).routeId(id + "-cases").errorHandler(noErrorHandler())
                        .process(lookup::list);
                from(CaseLookup.CASE).routeId(id + "-case").errorHandler(noErrorHandler())
                        .process(lookup::one);
                housing.requests().attach(getContext());
            }
        };
    }

    @Override
    public Optional<String> dependencyProblem(ConnectorDependency dependency) {
        return dependency.name().equals(CaseSystemClient.DEPENDENCY) ? housing.caseSystem().breaker().problem()
                : Optional.empty();
    }
}
