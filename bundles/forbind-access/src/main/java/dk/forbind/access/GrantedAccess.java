package dk.forbind.access;

import dk.forbind.access.grants.AccessGrants;
import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grants of {@code etc/dk.forbind.access.cfg} as the platform's {@link AgencyAccess}: changed grants take
 * effect when the file is saved; every refusal is logged with the agency, the system and the target — never
 * with personal data, which a target does not hold.
 */
@Component(service = AgencyAccess.class, configurationPid = "dk.forbind.access",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class GrantedAccess implements AgencyAccess {
    private static final Logger LOG = LoggerFactory.getLogger(GrantedAccess.class);

    private volatile AccessGrants grants = AccessGrants.none();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        grants = AccessGrants.parse(properties);
        LOG.info("Agency access: {} grants in etc/dk.forbind.access.cfg", grants.grants().size());
    }

    @Override
    public AccessDecision decide(AgencySystem system, String target) {
        AccessDecision decision = grants.decide(system, target);
        if (!decision.allowed()) {
            LOG.info("Agency access refused: {}", UntrustedText.forLog(decision.reason()));
        }
        return decision;
    }

    @Override
    public List<AgencyGrant> grants() {
        return grants.grants();
    }
}
