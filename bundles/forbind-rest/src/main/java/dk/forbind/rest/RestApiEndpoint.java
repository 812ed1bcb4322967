package dk.forbind.rest;

import dk.forbind.api.auth.AgencyAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.util.json.JsonObject;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;

/**
 * Publishes a Forbind REST API on CXF's servlet (under {@code /forbind/api}) the one way every API is published:
 * behind the {@link AuthenticationFilter} with the API's {@link CallerCheck} and the agency grants
 * ({@link AgencyGrantCheck}: an agency system reaches only {@link AgencyOperation}s it is granted), errors as JSON
 * ({@link ApiErrorMapper}), the {@link ResponseHeaders}, its OpenAPI document at {@code openapi.json}, and no
 * generated WADL ({@code ?_wadl} answers 404).
 */
public final class RestApiEndpoint {
    private RestApiEndpoint() {
    }

    /**
     * @param name   the API's name in log lines and grants, e.g. {@code Transparency} ({@code api:transparency.*})
     * @param access the node's agency grants, when agency access is configured
     * @param words  the API's descriptions and schemas for its OpenAPI document, served at
     *               {@code <address>/openapi.json} ({@link OpenApiDocument}, {@link OpenApiResource#words})
     */
    public static Server publish(String name, String address, CallerCheck callers,
                                 Supplier<Optional<AgencyAccess>> access, List<Object> resources, JsonObject words) {
        List<Object> published = new ArrayList<>(resources);
        published.add(new OpenApiResource(name.toLowerCase(Locale.ROOT), address, resources, words));
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(published);
        factory.setProviders(List.of(noWadl(), new AuthenticationFilter(name, callers,
                new AgencyGrantCheck(name, access)), new ApiErrorMapper(),
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
