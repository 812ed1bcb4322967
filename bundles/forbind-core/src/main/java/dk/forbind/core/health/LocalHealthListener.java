package dk.forbind.core.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health over plain HTTP on this machine, for a node whose web server speaks HTTPS only (the production profile:
 * {@code etc/dk.forbind.health.local.cfg}): a listener of its own on a loopback address that answers
 * {@code GET /forbind/health} and {@code /forbind/health/live} and nothing else, so a local monitoring agent or
 * load balancer probe needs no certificate while no API is reachable without TLS.
 */
@Component(immediate = true, configurationPid = "dk.forbind.health.local",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LocalHealthListener.Settings.class)
public class LocalHealthListener {
    private static final Logger LOG = LoggerFactory.getLogger(LocalHealthListener.class);

    @ObjectClassDefinition(name = "Forbind health over plain HTTP on this machine")
    public @interface Settings {
        @AttributeDefinition(description = "Loopback address to listen on")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "TCP port")
        int port() default 8181;
    }

    @Reference
    private NodeHealth health;

    private HttpServer server;
    private ExecutorService threads;

    @Activate
    void activate(Settings settings) throws IOException {
        InetAddress address = InetAddress.getByName(settings.host());
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("etc/dk.forbind.health.local.cfg: host " + settings.host()
                    + " is not a loopback address; plain-HTTP health is for this machine only");
        }
        threads = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "forbind-local-health"));
        server = HttpServer.create(new InetSocketAddress(address, settings.port()), 16);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
        LOG.info("Health over plain HTTP on http://{}:{}/forbind/health (this machine only)", settings.host(),
                settings.port());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        NodeHealth.Answer answer;
        if (!exchange.getRequestMethod().equals("GET")) {
            answer = new NodeHealth.Answer(405, "{\"error\":\"only GET\"}");
        } else if (path.equals("/forbind/health")) {
            answer = health.answer();
        } else if (path.equals("/forbind/health/live")) {
            answer = new NodeHealth.Answer(200, NodeHealth.LIVE);
        } else {
            answer = new NodeHealth.Answer(404, "{\"error\":\"only /forbind/health is served over plain HTTP;"
                    + " the APIs are on HTTPS\"}");
        }
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Deactivate
    void deactivate() {
        server.stop(0);
        threads.shutdownNow();
    }
}
