package dk.forbind.core.health;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /forbind/health}: 200 with status UP when the node is ready, 503 with DOWN and the
 * reasons otherwise ({@link NodeHealth}). {@code GET /forbind/health/live}: 200 whenever the node answers at all.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/health",
        "osgi.http.whiteboard.servlet.pattern=/forbind/health/live",
        "osgi.http.whiteboard.servlet.name=forbind-health"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient NodeHealth health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().endsWith("/live")) {
            response.getWriter().write(NodeHealth.LIVE);
            return;
        }
        NodeHealth.Answer answer = health.answer();
        response.setStatus(answer.status());
        response.getWriter().write(answer.json());
    }
}
