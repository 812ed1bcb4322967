package dk.forbind.rest;

import java.util.List;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;

/**
 * Publishes a Forbind REST API on CXF's servlet (under {@code /forbind/api}) the one way every API is published:
 * behind the {@link AuthenticationFilter} with the API's {@link CallerCheck}, errors as JSON
 * ({@link ApiErrorMapper}), the {@link ResponseHeaders}, and no generated WADL ({@code ?_wadl} answers 404:
 * an API's shape is in docs/, not handed to anonymous callers).
 */
public final class RestApiEndpoint {
    private RestApiEndpoint() {
    }

    /** @param name the API's name in log lines, e.g. {@code Transparency} */
    public static Server publish(String name, String address, CallerCheck callers, List<Object> resources) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(resources);
        factory.setProviders(List.of(noWadl(), new AuthenticationFilter(name, callers), new ApiErrorMapper(),
                new ResponseHeaders()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(JAXRSServerFactoryBean.class.getClassLoader());
        try {
            return factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static WadlGenerator noWadl() {
        WadlGenerator wadl = new WadlGenerator();
        wadl.setIgnoreRequests(true);
        return wadl;
    }
}
