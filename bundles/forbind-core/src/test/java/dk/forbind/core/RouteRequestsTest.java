package dk.forbind.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.DependencyUnavailableException;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** An adapter's requests into a connector's own routes: answered while it runs, refused while it does not. */
class RouteRequestsTest {

    @Test
    void aRequestIsAnsweredByTheAttachedContextsRouteAndAFailureComesBackOnTheExchange() throws Exception {
        RouteRequests requests = new RouteRequests("lookup");
        try (CamelContext camel = started(requests)) {
            Exchange answered = requests.request("direct:echo", Map.of("Who", "citizen"), "hello");
            assertEquals("hello citizen", answered.getMessage().getBody());

            Exchange failed = requests.request("direct:fail", Map.of(), null);
            assertEquals("no such case", failed.getException().getMessage());
        }
    }

    @Test
    void noRunningConnectorIsUnavailableNamingIt() throws Exception {
        RouteRequests requests = new RouteRequests("lookup");
        assertThrows(DependencyUnavailableException.class, () -> requests.request("direct:echo", Map.of(), "x"));
        CamelContext camel = started(requests);
        camel.stop();
        DependencyUnavailableException stopped = assertThrows(DependencyUnavailableException.class,
                () -> requests.request("direct:echo", Map.of(), "x"));
        assertTrue(stopped.getMessage().contains("connector lookup is not running"), stopped.getMessage());

        try (CamelContext again = started(requests)) {
            assertEquals("x again", requests.request("direct:echo", Map.of("Who", "again"), "x").getMessage()
                    .getBody());
        }
    }

    private static CamelContext started(RouteRequests requests) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.start();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:echo").setBody(simple("${body} ${header.Who}"));
                from("direct:fail").errorHandler(noErrorHandler())
                        .process(e -> {
                            throw new IllegalStateException("no such case");
                        });
                requests.attach(getContext());
            }
        });
        return camel;
    }
}
