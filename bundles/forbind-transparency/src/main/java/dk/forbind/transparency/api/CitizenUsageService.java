package dk.forbind.transparency.api;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.transparency.CitizenUsage;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.transparency.TransparencyService;
import dk.forbind.transparency.chain.LoggedEvent;
import dk.forbind.transparency.store.UsageQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The registry as the citizen's own pages read it: the same queries and export as the citizen API. */
@Component(service = CitizenUsage.class)
public class CitizenUsageService implements CitizenUsage {
    @Reference
    private TransparencyService registry;

    private final Clock clock = Clock.systemUTC();
    private UsageExport export;

    @Activate
    void activate() {
        export = new UsageExport(registry, clock);
    }

    @Override
    public Page page(DataSubject subject, Filter filter, long offset, int limit) {
        try {
            UsageQuery.Page page = registry.usage().page(of(subject, filter), offset, limit);
            return new Page(page.total(), page.records().stream().map(r -> event(subject, r)).toList());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public List<Authority> authorities(DataSubject subject) {
        try {
            return registry.usage().authorities(of(subject, new Filter(UsageParameters.BEGINNING,
                    UsageParameters.END, null, null))).stream().map(a -> new Authority(a[0], a[1])).toList();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void export(DataSubject subject, Instant from, Instant to, String format, OutputStream out)
            throws IOException {
        export.write(subject, from, to, UsageExport.format(format), out);
    }

    @Override
    public String exportFileName(String format) {
        return export.fileName(UsageExport.format(format));
    }

    private UsageQuery.Filter of(DataSubject subject, Filter filter) {
        return new UsageQuery.Filter(registry.subjectKey().of(subject), filter.from(), filter.to(), filter.type(),
                filter.authority(), Instant.now(clock));
    }

    private static DataAccessEvent event(DataSubject subject, LoggedEvent r) {
        return new DataAccessEvent(r.eventId(), r.logTime(), subject, r.processingType(), r.purpose(),
                r.legalBasis(), r.dataCategories(), new InitiatorOrg(r.initiatorOrgCode(), r.initiatorOrgName(),
                r.initiatorSystem()), r.initiatorPerson(), r.targetOrg(), r.sourceOrg(), r.connector(),
                r.correlationId(), r.caseId(), r.bulk(), r.hiddenUntil(), r.hiddenReason());
    }

    private static DependencyUnavailableException unavailable(SQLException e) {
        return new DependencyUnavailableException("database", "the transparency registry does not answer: "
                + e.getMessage(), e);
    }
}
