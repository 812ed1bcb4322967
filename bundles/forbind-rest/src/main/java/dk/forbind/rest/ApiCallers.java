package dk.forbind.rest;

import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.NsisLevel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.util.json.JsonObject;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Who may call the node's APIs, as every REST API and SOAP endpoint asks it: the installed {@link ApiAuthenticator}s
 * (eID, agency certificates, development authentication — they come and go) and the agency grants, when agency
 * access is configured. An API component references this service, which is there once CXF's HTTP transport is.
 */
@Component(service = ApiCallers.class)
public class ApiCallers {
    /** CXF's HTTP transport is up (its servlet and the registry of HTTP destinations). */
    @Reference
    private DestinationRegistry httpTransport;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ApiAuthenticator> authenticators;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AgencyAccess agencyAccess;

    /** The check of an API whose callers need at least this level of assurance. */
    public CallerCheck check(NsisLevel minimum) {
        return new CallerCheck(() -> authenticators == null ? List.of() : authenticators, minimum);
    }

    /** The node's agency grants, while agency access is configured. */
    public Supplier<Optional<AgencyAccess>> access() {
        return () -> Optional.ofNullable(agencyAccess);
    }

    /** Publishes a REST API the one way every API is published ({@link RestApiEndpoint}). */
    public Server publish(String name, String address, NsisLevel minimum, List<Object> resources, JsonObject words) {
        return RestApiEndpoint.publish(name, address, check(minimum), access(), resources, words);
    }
}
