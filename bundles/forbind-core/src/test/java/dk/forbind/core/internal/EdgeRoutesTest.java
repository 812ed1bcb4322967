package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.forbind.fixtures.Await;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connector's routes that take messages in are held at start, suspended and resumed; its internal ones never. */
class EdgeRoutesTest {
    private final CamelContext camel = new DefaultCamelContext();
    private final AtomicInteger ticks = new AtomicInteger();
    private final AtomicBoolean held = new AtomicBoolean(true);

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aHeldContextStartsWithItsEdgeRoutesStoppedAndResumeStartsThem() throws Exception {
        start();
        assertEquals(ServiceStatus.Stopped, status("edge"));
        assertEquals(ServiceStatus.Started, status("internal"));
        Thread.sleep(50);
        assertEquals(0, ticks.get());

        EdgeRoutes.resume(camel);
        assertEquals(ServiceStatus.Started, status("edge"));
        Await.until("the timer ticks", () -> ticks.get() > 0);
    }

    @Test
    void suspendedEdgeRoutesTakeNothingUntilResumed() throws Exception {
        held.set(false);
        start();
        Await.until("the timer ticks", () -> ticks.get() > 0);

        EdgeRoutes.suspend(camel);
        assertEquals(ServiceStatus.Suspended, status("edge"));
        int before = ticks.get();
        Thread.sleep(50);
        assertEquals(before, ticks.get());

        EdgeRoutes.resume(camel);
        Await.until("the timer ticks again", () -> ticks.get() > before);
    }

    private void start() throws Exception {
        camel.addRoutePolicyFactory((context, routeId, route) -> EdgeRoutes.heldAtStart(held::get));
        camel.start();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:edge?period=5").routeId("edge").process(e -> ticks.incrementAndGet()).to("direct:inside");
                from("direct:inside").routeId("internal").log("${body}");
            }
        });
    }

    private ServiceStatus status(String route) {
        return camel.getRouteController().getRouteStatus(route);
    }
}
