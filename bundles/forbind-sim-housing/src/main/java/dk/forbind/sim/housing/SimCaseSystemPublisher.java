package dk.forbind.sim.housing;

import dk.forbind.connector.housing.casesystem.HousingCaseSystem;
import dk.forbind.connector.housing.casesystem.HousingCaseSystemService;
import dk.forbind.soap.SoapLimits;
import dk.forbind.soap.SoapSignature;
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
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
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
    private static final Logger LOG = LoggerFactory.getLogger(SimCaseSystemPublisher.class);

    @Reference
    private SimulatedCaseSystem system;

    private Bus bus;
    private Server server;
    private ServiceRegistration<Servlet> servlet;

    @Activate
    void activate(BundleContext context) throws IOException, GeneralSecurityException {
        List<X509Certificate> trusted = system.trusted();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SimCaseSystemPublisher.class.getClassLoader());
        try {
            bus = BusFactory.newInstance().createBus();
            servlet = context.registerService(Servlet.class, new CaseSystemServlet(system, bus), whiteboard());
            JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
            factory.setBus(bus);
            factory.setServiceClass(HousingCaseSystem.class);
            factory.setServiceBean(new CaseSystemEndpoint(system));
            factory.setWsdlLocation(HousingCaseSystemService.WSDL_LOCATION.toExternalForm());
            factory.setServiceName(HousingCaseSystemService.SERVICE);
            factory.setEndpointName(HousingCaseSystemService.HousingCaseSystemPort);
            factory.setAddress("/");
            factory.getProperties(true).put("schema-validation-enabled", "IN");
            SoapLimits.apply(factory.getProperties(), 256 * 1024);
            if (!trusted.isEmpty()) {
                factory.getInInterceptors().add(SoapSignature.trusting(trusted));
            }
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
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
