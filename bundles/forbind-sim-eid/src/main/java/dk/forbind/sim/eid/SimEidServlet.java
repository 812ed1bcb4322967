package dk.forbind.sim.eid;

import dk.forbind.sim.eid.saml.SamlIdentityProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulated MitID broker over HTTP at {@code /forbind/sim/eid}:
 * {@code GET .well-known/openid-configuration}, {@code GET jwks}, {@code POST token} (form, see
 * {@link TokenRequestForm}) and a login page {@code GET|POST login}; the authorization-code flow with PKCE of a web
 * log-in ({@link CodeFlow}: {@code GET|POST authorize}, {@code POST token} with a code); and a NemLog-in style SAML
 * identity provider: {@code GET saml/metadata}, {@code POST saml/assertion} (form, see
 * {@link SamlAssertionForm}); and the development agency CA: {@code POST oces3/system-certificate} (form, see
 * {@link SystemCertificateForm}, from the {@link DevelopmentAgencyCa}). Keys and certificate are generated at start;
 * the CA is made at first start.
 */
@Component(service = Servlet.class, configurationPid = "dk.forbind.sim.eid",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = {
                "osgi.http.whiteboard.servlet.pattern=/forbind/sim/eid/*",
                "osgi.http.whiteboard.servlet.name=forbind-sim-eid"})
@Designate(ocd = SimEidServlet.Config.class)
public class SimEidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SimEidServlet.class);

    @ObjectClassDefinition(name = "Forbind eID broker simulator")
    public @interface Config {
        @AttributeDefinition(description = "Issuer (iss) of the simulated tokens: this servlet's own URL")
        String issuer() default "http://localhost:8181/forbind/sim/eid";

        @AttributeDefinition(description = "Audience (aud) of the tokens unless the request names another")
        String audience() default "forbind";

        @AttributeDefinition(description = "Entity id of the simulated SAML identity provider")
        String saml_entity_id() default "http://localhost:8181/forbind/sim/eid/saml";

        @AttributeDefinition(description = "The development agency CA (PKCS#12, made at first start) that issues"
                + " system certificates at oces3/system-certificate; empty: no such endpoint")
        String oces3_ca_file() default "";

        @AttributeDefinition(description = "Its password")
        String oces3_ca_password() default "";

        @AttributeDefinition(description = "The client id of the relying party that logs citizens in through the"
                + " authorization-code flow (authorize, token): Forbind's citizen pages")
        String oidc_client_id() default "forbind";

        @AttributeDefinition(description = "Its client secret; empty: the code flow is off")
        String oidc_client_secret() default "";

        @AttributeDefinition(description = "Where the code flow may send the browser back to, comma-separated")
        String oidc_redirect_uris() default "http://localhost:8181/forbind/borger/login/callback";
    }

    private transient SimulatedBroker broker;
    private transient SamlIdentityProvider saml;
    private transient Config config;
    private transient CodeFlow codeFlow;
    @Reference
    private transient DevelopmentAgencyCa agencyCa;

    @Activate
    void activate(Config config) {
        this.config = config;
        this.broker = new SimulatedBroker(config.issuer());
        this.saml = new SamlIdentityProvider(config.saml_entity_id());
        this.codeFlow = new CodeFlow(broker, config.oidc_client_id(), config.oidc_client_secret(),
                Set.of(config.oidc_redirect_uris().split("\\s*,\\s*")));
        LOG.warn("eID broker SIMULATOR active at {} — development and tests only; never in production",
                config.issuer());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/.well-known/openid-configuration" -> write(response, 200, "application/json",
                    SimPages.discovery(broker.issuer()));
            case "/jwks" -> write(response, 200, "application/jwk-set+json", broker.publicKeys().toString());
            case "/login" -> write(response, 200, "text/html", SimPages.loginForm());
            case "/authorize" -> authorizePage(request, response);
            case "/saml/metadata" -> write(response, 200, "application/samlmetadata+xml",
                    new String(saml.metadata(), StandardCharsets.UTF_8));
            default -> write(response, 404, "application/json", SimPages.error("no such simulator endpoint: " + path));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/saml/assertion")) {
            issueAssertion(request, response);
            return;
        }
        if (path.equals("/authorize")) {
            logIn(request, response);
            return;
        }
        if (path.equals("/token") && "authorization_code".equals(request.getParameter("grant_type"))) {
            redeem(request, response);
            return;
        }
        if (path.equals("/oces3/system-certificate")) {
            issueSystemCertificate(request, response);
            return;
        }
        if (!path.equals("/token") && !path.equals("/login")) {
            write(response, 404, "application/json", SimPages.error("no such simulator endpoint: " + path));
            return;
        }
        String token;
        try {
            token = broker.issue(TokenRequestForm.read(request::getParameter, config.issuer(), config.audience()), Instant.now());
        } catch (IllegalArgumentException e) {
            write(response, 400, path.equals("/login") ? "text/html" : "application/json",
                    path.equals("/login") ? SimPages.loginForm() + "<p>" + SimPages.html(e.getMessage()) + "</p>"
                            : SimPages.error(e.getMessage()));
            return;
        }
        if (path.equals("/token")) {
            write(response, 200, "application/json", SimPages.tokenResponse(token));
        } else {
            write(response, 200, "text/html", SimPages.loggedIn(token));
        }
    }

    private void authorizePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            write(response, 200, "text/html", SimPages.authorizeForm(codeFlow.request(request::getParameter)));
        } catch (IllegalArgumentException e) {
            write(response, 400, "text/html", SimPages.refusedLogin(e.getMessage()));
        }
    }

    private void logIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back;
        try {
            back = codeFlow.logIn(request::getParameter, Instant.now());
        } catch (IllegalArgumentException e) {
            write(response, 400, "text/html", SimPages.refusedLogin(e.getMessage()));
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(back);
    }

    private void redeem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            write(response, 200, "application/json", codeFlow.token(request::getParameter,
                    request.getHeader("Authorization"), Instant.now()));
        } catch (SecurityException e) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"forbind-sim-eid\"");
            write(response, 401, "application/json", SimPages.error("invalid_client", e.getMessage()));
        } catch (IllegalArgumentException e) {
            write(response, 400, "application/json", SimPages.error("invalid_grant", e.getMessage()));
        }
    }

    private void issueAssertion(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            byte[] assertion = SamlAssertionForm.signedAssertion(saml, request::getParameter, Instant.now());
            write(response, 200, "application/json", "{\"assertion\":"
                    + SimPages.json(Base64.getEncoder().encodeToString(assertion)) + "}");
        } catch (IllegalArgumentException e) {
            write(response, 400, "application/json", SimPages.error(e.getMessage()));
        }
    }

    private void issueSystemCertificate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            write(response, 200, "application/json", SystemCertificateForm.issue(agencyCa, request::getParameter));
        } catch (IllegalArgumentException e) {
            write(response, 400, "application/json", SimPages.error(e.getMessage()));
        } catch (IllegalStateException e) {
            write(response, 404, "application/json", SimPages.error(e.getMessage()));
        }
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
