package dk.forbind.sim.digitalpost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulator over HTTP at {@code /forbind/sim/digitalpost}: {@code GET /} (the
 * service answers), {@code GET /registrations/<CPR|CVR>/<id>}, {@code POST /kombi}; and for tests
 * {@code GET /received/<messageUUID>} and {@code GET|PUT /mode} (NORMAL, ERROR, TIMEOUT, DOWN).
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/sim/digitalpost/*",
        "osgi.http.whiteboard.servlet.name=forbind-sim-digitalpost"})
public class SimDigitalPostServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_REQUEST_BYTES = 32 * 1024 * 1024;

    @Reference
    private transient SimulatedDigitalPost digitalPost;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length == 0) {
            answer(response, digitalPost.home());
        } else if (path.length == 3 && path[0].equals("registrations")) {
            answer(response, digitalPost.registration(path[1], path[2]));
        } else if (path.length == 2 && path[0].equals("received")) {
            try {
                answer(response, digitalPost.received(UUID.fromString(path[1]))
                        .map(letter -> new SimulatedDigitalPost.Answer(200, "application/json", letter.toJson()))
                        .orElse(new SimulatedDigitalPost.Answer(404, "text/plain", "no letter " + path[1])));
            } catch (IllegalArgumentException e) {
                answer(response, new SimulatedDigitalPost.Answer(400, "text/plain", "not a UUID"));
            }
        } else if (path.length == 1 && path[0].equals("mode")) {
            answer(response, new SimulatedDigitalPost.Answer(200, "text/plain", digitalPost.mode().name()));
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length != 1 || !path[0].equals("kombi")) {
            response.sendError(404);
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            answer(response, new SimulatedDigitalPost.Answer(413, "text/plain", "at most " + MAX_REQUEST_BYTES
                    + " bytes"));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        try {
            answer(response, digitalPost.kombi(body, request.getHeader("X-TransaktionsId")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(503);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length != 1 || !path[0].equals("mode")) {
            response.sendError(404);
            return;
        }
        String wanted = new String(request.getInputStream().readNBytes(32), StandardCharsets.UTF_8);
        try {
            digitalPost.mode(SimulatedDigitalPost.parseMode(wanted));
            answer(response, new SimulatedDigitalPost.Answer(200, "text/plain", digitalPost.mode().name()));
        } catch (IllegalArgumentException e) {
            answer(response, new SimulatedDigitalPost.Answer(400, "text/plain", "modes: NORMAL, ERROR, TIMEOUT, DOWN"));
        }
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String trimmed = info.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }

    private static void answer(HttpServletResponse response, SimulatedDigitalPost.Answer answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType() + ";charset=UTF-8");
        response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
    }
}
