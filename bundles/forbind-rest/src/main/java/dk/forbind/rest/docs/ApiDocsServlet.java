package dk.forbind.rest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's API documentation at {@code /forbind/api-docs/}: Swagger UI, served from its webjar inside the
 * distribution (no CDN), over the OpenAPI document of every REST API published on this node ({@code apis.json}
 * lists them from CXF's published addresses). Read-only: "try it out" is off.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/api-docs/*",
        "osgi.http.whiteboard.servlet.name=forbind-api-docs"})
public class ApiDocsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String WEBJAR = "org.webjars.swagger-ui";
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript",
            "css", "text/css", "png", "image/png", "json", "application/json");

    @Reference
    private transient DestinationRegistry httpTransport;

    private transient BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.equals("/")) {
            serve(response, ApiDocsServlet.class.getResource("/api-docs/index.html"), "html");
        } else if (path.equals("/api-docs.js")) {
            serve(response, ApiDocsServlet.class.getResource("/api-docs/api-docs.js"), "js");
        } else if (path.equals("/apis.json")) {
            answer(response, "json", apis());
        } else if (path.startsWith("/swagger-ui/") && path.matches("/swagger-ui/[a-z0-9.-]+")) {
            String file = path.substring("/swagger-ui/".length());
            serve(response, webjar().map(bundle -> bundle.getEntry("META-INF/resources/webjars/swagger-ui/"
                    + bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor() + "."
                    + bundle.getVersion().getMicro() + "/" + file)).orElse(null),
                    file.substring(file.lastIndexOf('.') + 1));
        } else {
            response.sendError(404);
        }
    }

    /** Every REST API published on this node, as Swagger UI's list of documents. */
    private String apis() {
        return httpTransport.getDestinationsPaths().stream().sorted()
                .filter(address -> address.matches("/[a-z0-9-]+/v[0-9]+"))
                .map(address -> "{\"name\":\"" + address.substring(1) + "\",\"url\":\"/forbind/api" + address
                        + "/openapi.json\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private Optional<Bundle> webjar() {
        for (Bundle bundle : context.getBundles()) {
            if (WEBJAR.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    private static void serve(HttpServletResponse response, URL resource, String extension) throws IOException {
        if (resource == null || !TYPES.containsKey(extension)) {
            response.sendError(404);
            return;
        }
        response.setContentType(TYPES.get(extension) + (extension.equals("png") ? "" : ";charset=UTF-8"));
        response.setHeader("Cache-Control", "max-age=3600");
        try (InputStream in = resource.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static void answer(HttpServletResponse response, String extension, String body) throws IOException {
        response.setContentType(TYPES.get(extension) + ";charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
