package dk.forbind.sim.housing;

import dk.forbind.connector.housing.casesystem.Case;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulated case system's switches over HTTP at {@code /forbind/sim/housing}:
 * {@code GET /} (state and number of cases), {@code GET|PUT /mode} (NORMAL, SLOW [ms], FAULTY, DOWN),
 * {@code GET /applicants/<cpr>} (that applicant's cases as JSON) and {@code POST /cases/<caseId>/decide} (the case
 * system decides now). The SOAP service itself is at {@code /forbind/sim/housing/cases}.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/sim/housing/*",
        "osgi.http.whiteboard.servlet.name=forbind-sim-housing"})
public class SimHousingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient SimulatedCaseSystem system;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length == 0) {
            answer(response, 200, "text/plain", "Forbind housing case system simulator, " + system.state() + ", "
                    + system.register().size() + " cases; SOAP at " + SimCaseSystemPublisher.PATH + "?wsdl");
        } else if (path.length == 1 && path[0].equals("mode")) {
            answer(response, 200, "text/plain", system.state().toString());
        } else if (path.length == 2 && path[0].equals("applicants") && path[1].matches("[0-9]{10}")) {
            answer(response, 200, "application/json", system.register().of(path[1]).stream()
                    .map(c -> json(system.register().view(c))).collect(Collectors.joining(",", "[", "]")));
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length != 1 || !path[0].equals("mode")) {
            response.sendError(404);
            return;
        }
        String wanted = new String(request.getInputStream().readNBytes(64), StandardCharsets.UTF_8);
        try {
            answer(response, 200, "text/plain", system.switchTo(wanted).toString());
        } catch (IllegalArgumentException e) {
            answer(response, 400, "text/plain", "modes: NORMAL, SLOW [ms], FAULTY, DOWN");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = path(request);
        if (path.length == 3 && path[0].equals("cases") && path[2].equals("decide")) {
            boolean decided = system.register().decideNow(path[1]);
            answer(response, decided ? 200 : 404, "text/plain", decided ? "decided" : "no case " + path[1]);
        } else {
            response.sendError(404);
        }
    }

    private static String json(Case shown) {
        String decision = shown.getDecision() == null ? "null" : "{\"granted\":" + shown.getDecision().isGranted()
                + ",\"monthlyAmount\":" + shown.getDecision().getMonthlyAmount().toPlainString() + "}";
        return "{\"caseId\":\"" + shown.getCaseId() + "\",\"applicationReference\":\""
                + shown.getApplicationReference() + "\",\"status\":\"" + shown.getStatus() + "\",\"decision\":"
                + decision + "}";
    }

    private static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String trimmed = info.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }

    private static void answer(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
