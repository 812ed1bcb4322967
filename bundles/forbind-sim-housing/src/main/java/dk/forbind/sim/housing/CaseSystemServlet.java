package dk.forbind.sim.housing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.Bus;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * DEVELOPMENT AND TESTS ONLY. The CXF servlet of the simulated case system, on a bus of its own so that the
 * simulator is served under {@code /forbind/sim/housing/cases} and not among the platform's APIs. While the system
 * is DOWN it answers every request — its WSDL too — with HTTP 503 and no SOAP, as a load balancer does whose back
 * end is gone.
 */
final class CaseSystemServlet extends CXFNonSpringServlet {
    private static final long serialVersionUID = 1L;
    private final transient SimulatedCaseSystem system;

    CaseSystemServlet(SimulatedCaseSystem system, Bus bus) {
        this.system = system;
        setBus(bus);
    }

    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (system.state().mode() != SimulatedCaseSystem.Mode.DOWN) {
            super.invoke(request, response);
            return;
        }
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("503 Service Unavailable: the case system is down\n"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    public void destroy() {
        // the bus belongs to SimCaseSystemPublisher, which shuts it down
    }
}
