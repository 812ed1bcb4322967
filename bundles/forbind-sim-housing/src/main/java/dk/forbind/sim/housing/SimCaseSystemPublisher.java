package dk.forbind.sim.housing;

import dk.forbind.connector.housing.casesystem.HousingCaseSystem;
import dk.forbind.connector.housing.casesystem.HousingCaseSystemService;
import dk.forbind.soap.SoapSignature;
import dk.forbind.soap.WsdlFirstEndpoint;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.servlet.Servlet;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEVELOPMENT AND TESTS ONLY. Publishes the simulated case system's SOAP endpoint at
 * {@code /forbind/sim/housing/cases} (WSDL at {@code ?wsdl}: the case system's own document), validating every
 * request against the WSDL's schema as the real system does — a request that breaks it gets a SOAP Client fault.
 */
@Component(immediate = true)
public class SimCaseSystemPublisher {
    static final String PATH = "/forbind/sim/housing/cases";
    /** Applications are a few kilobytes; the case system reads no more than this of a request. */
    private static final long MAX_REQUEST_CHARACTERS = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SimCaseSystemPublisher.class);

    @Reference
    private SimulatedCaseSystem system;

    private Bus bus;
    private Server server;
    private ServiceRegistration<Servlet> servlet;

    @Activate
    void activate(BundleContext context) throws IOException, GeneralSecurityException {
        List<X509Certificate> trusted = system.trusted();
        bus = BusFactory.newInstance().createBus();
        servlet = context.registerService(Servlet.class, new CaseSystemServlet(system, bus), whiteboard());
        WsdlFirstEndpoint endpoint = new WsdlFirstEndpoint(HousingCaseSystem.class, new CaseSystemEndpoint(system),
                HousingCaseSystemService.WSDL_LOCATION, HousingCaseSystemService.SERVICE,
                HousingCaseSystemService.HousingCaseSystemPort, MAX_REQUEST_CHARACTERS);
        if (!trusted.isEmpty()) {
            endpoint.interceptors().getInInterceptors().add(SoapSignature.trusting(trusted));
        }
        server = endpoint.publish(bus, "/");
        LOG.warn("DEVELOPMENT ONLY: simulated housing case system at {} (never in production); {}", PATH,
                trusted.isEmpty() ? "it takes unsigned requests" : "it takes only requests signed by "
                        + trusted.stream().map(c -> c.getSubjectX500Principal().getName()).toList());
    }

    private static Dictionary<String, Object> whiteboard() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", PATH + "/*");
        properties.put("osgi.http.whiteboard.servlet.name", "forbind-sim-housing-cases");
        properties.put("servlet.init.hide-service-list-page", "true");
        return properties;
    }

    @Deactivate
    void deactivate() {
        if (servlet != null) {
            servlet.unregister();
        }
        if (server != null) {
            server.destroy();
        }
        if (bus != null) {
            bus.shutdown(false);
        }
    }
}
