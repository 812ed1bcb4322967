package dk.forbind.broker.agency;

import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencyGrant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.HierarchicalRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded broker's security settings for agency systems in step with the grants of
 * etc/dk.forbind.access.cfg ({@link AgencyBrokerPermissions}): a saved grant opens or closes addresses at once,
 * also for systems already connected, and without the file no agency role is let anywhere.
 */
@Component(immediate = true)
public class AgencyBrokerSecurity {
    private static final Logger LOG = LoggerFactory.getLogger(AgencyBrokerSecurity.class);

    @Reference
    private ActiveMQServer server;

    private volatile AgencyAccess access;
    private Set<Role> platform = Set.of();
    private Set<String> installed = Set.of();
    private boolean active;

    @Activate
    synchronized void activate() {
        platform = Set.copyOf(server.getSecurityRepository().getMatch("#"));
        active = true;
        apply();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "grantsChanged")
    void bindAccess(AgencyAccess agencyAccess) {
        access = agencyAccess;
        grantsChanged(agencyAccess);
    }

    void unbindAccess(AgencyAccess agencyAccess) {
        if (access == agencyAccess) {
            access = null;
            grantsChanged(agencyAccess);
        }
    }

    synchronized void grantsChanged(AgencyAccess changed) {
        if (active) {
            apply();
        }
    }

    private void apply() {
        AgencyAccess current = access;
        List<AgencyGrant> grants = current == null ? List.of() : current.grants();
        Map<String, Set<Role>> settings = AgencyBrokerPermissions.of(grants, platform);
        HierarchicalRepository<Set<Role>> repository = server.getSecurityRepository();
        installed.stream().filter(match -> !settings.containsKey(match)).forEach(repository::removeMatch);
        settings.forEach(repository::addMatch);
        installed = Set.copyOf(settings.keySet());
        LOG.info("Broker security for agency systems: {} grants, addresses {}", grants.size(), settings.keySet());
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        installed.forEach(server.getSecurityRepository()::removeMatch);
        installed = Set.of();
    }
}
