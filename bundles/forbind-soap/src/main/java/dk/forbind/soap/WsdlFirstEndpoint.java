package dk.forbind.soap;

import java.net.URL;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;

/**
 * A SOAP endpoint published the way the platform publishes one: from its WSDL (the interface generated from it,
 * the document itself served at {@code ?wsdl}), every request validated against the WSDL's schema and read within
 * {@link SoapLimits}. Add interceptors (a signature check, the caller check) before {@link #publish}.
 */
public final class WsdlFirstEndpoint {
    private final JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
    private final ClassLoader implementationLoader;

    /**
     * @param serviceInterface the interface generated from the WSDL
     * @param implementation   the endpoint's implementation of it
     * @param maxCharacters    the most of a request that is read
     */
    public WsdlFirstEndpoint(Class<?> serviceInterface, Object implementation, URL wsdl, QName service, QName port,
                             long maxCharacters) {
        factory.setServiceClass(serviceInterface);
        factory.setServiceBean(implementation);
        factory.setWsdlLocation(wsdl.toExternalForm());
        factory.setServiceName(service);
        factory.setEndpointName(port);
        factory.getProperties(true).put("schema-validation-enabled", "IN");
        SoapLimits.apply(factory.getProperties(), maxCharacters);
        implementationLoader = implementation.getClass().getClassLoader();
    }

    /** The endpoint's interceptors, to add to before it is published. */
    public InterceptorProvider interceptors() {
        return factory;
    }

    /**
     * Publishes the endpoint on the bus at the address (relative to the bus's servlet). In OSGi JAXB finds its
     * runtime through the thread's context class loader: the implementation's bundle's, while it is created.
     */
    public Server publish(Bus bus, String address) {
        factory.setBus(bus);
        factory.setAddress(address);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(implementationLoader);
        try {
            return factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
