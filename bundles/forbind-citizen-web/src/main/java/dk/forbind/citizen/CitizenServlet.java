package dk.forbind.citizen;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.MitIdLogin;
import dk.forbind.api.overview.HoldingsOverview;
import dk.forbind.api.transparency.CitizenUsage;
import dk.forbind.citizen.pages.Layout;
import dk.forbind.citizen.pages.MessagePage;
import dk.forbind.citizen.pages.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mit overblik" at {@code /forbind/borger/}: the front page, log-in and log-out, and — for a logged-in citizen —
 * "Mine data" ({@code data}), "Brug af mine data" ({@code brug}, its download {@code brug/eksport}) and the choice of
 * whom to act for ({@code fuldmagt}). Pages are made on the server; the only script-free stylesheet comes from this
 * bundle. A form that changes something ({@code logout}, {@code fuldmagt}) must carry the session's form token.
 */
@Component(service = Servlet.class, configurationPid = CitizenWebConfig.PID, property = {
        "osgi.http.whiteboard.servlet.pattern=/forbind/borger/*",
        "osgi.http.whiteboard.servlet.name=forbind-citizen-web"})
@Designate(ocd = CitizenWebConfig.class)
public class CitizenServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CitizenServlet.class);

    @Reference
    private transient HoldingsOverview overview;

    @Reference
    private transient CitizenUsage usage;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile MitIdLogin eid;

    private transient CitizenWebConfig config;
    private transient CitizenSessions sessions;
    private transient LoginFlow login;
    private transient CitizenPages pages;
    private transient byte[] stylesheet;

    @Activate
    void activate(CitizenWebConfig settings) throws IOException {
        config = settings;
        Clock clock = Clock.systemUTC();
        sessions = new CitizenSessions(Duration.ofMinutes(Math.max(1, settings.session_idle_minutes())),
                Duration.ofMinutes(Math.max(1, settings.session_max_minutes())), Math.max(1, settings.sessions_max()),
                clock);
        login = new LoginFlow(settings, clock);
        pages = new CitizenPages(overview, usage, settings.page_size());
        try (InputStream css = CitizenServlet.class.getResourceAsStream("/borger/borger.css")) {
            stylesheet = css.readAllBytes();
        }
        LOG.info("Citizen pages at {} (log-in through the eID broker, sessions end after {} idle minutes)",
                Layout.BASE, settings.session_idle_minutes());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebExchange web = new WebExchange(request, response, config.cookie_secure());
        Optional<CitizenSession> session = web.sessionId().flatMap(sessions::find);
        session.ifPresent(s -> s.language(web.language(s.language())));
        Texts t = Texts.in(session.map(CitizenSession::language).orElse(web.language(Texts.DANISH)));
        switch (web.path()) {
            case "static/borger.css" -> css(web);
            case "" -> front(web, session, t);
            case "login" -> startLogin(web, session);
            case "login/callback" -> finishLogin(web, session, t);
            case "data", "brug", "brug/eksport", "fuldmagt" -> citizenPage(web, session, t);
            default -> web.page(404, MessagePage.error(t, t.raw("error.notfound"), null));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebExchange web = new WebExchange(request, response, config.cookie_secure());
        Optional<CitizenSession> session = web.sessionId().flatMap(sessions::find);
        Texts t = Texts.in(session.map(CitizenSession::language).orElse(Texts.DANISH));
        if (session.isEmpty() || !formTokenOf(session.get(), request.getParameter("form"))) {
            web.page(403, MessagePage.error(t, t.raw(session.isEmpty() ? "error.expired" : "error.form"), null));
            return;
        }
        switch (web.path()) {
            case "logout" -> {
                sessions.end(session.get());
                web.endSessionCookie();
                session.get().citizen().ifPresent(c -> LOG.info("Citizen pages: {} logged out", c.name()));
                web.seeOther(Layout.BASE + "?ud=1&lang=" + t.language().getLanguage());
            }
            case "fuldmagt" -> pages.choose(web, session.get());
            default -> web.page(404, MessagePage.error(t, t.raw("error.notfound"), null));
        }
    }

    private void front(WebExchange web, Optional<CitizenSession> session, Texts t) throws IOException {
        if (session.flatMap(CitizenSession::citizen).isPresent()) {
            web.seeOther(Layout.BASE + "data");
            return;
        }
        boolean loggedOut = "1".equals(web.request.getParameter("ud"));
        boolean expired = session.isEmpty() && web.sessionId().isPresent();
        web.page(200, MessagePage.front(t, loggedOut ? t.raw("front.loggedout") : expired ? t.raw("error.expired")
                : null));
    }

    private void startLogin(WebExchange web, Optional<CitizenSession> existing) throws IOException {
        CitizenSession session;
        try {
            session = existing.orElseGet(() -> sessions.begin(web.language(Texts.DANISH)));
        } catch (IllegalStateException full) {
            LOG.warn("Citizen pages: a log-in was turned away: {}", full.getMessage());
            Texts t = Texts.in(web.language(Texts.DANISH));
            web.page(503, MessagePage.error(t, t.raw("error.busy"), null));
            return;
        }
        try {
            String broker = login.start(session, Optional.ofNullable(eid));
            web.sessionCookie(session.id());
            web.seeOther(broker);
        } catch (LoginFlow.Refused refused) {
            LoginFlow.log(refused);
            Texts t = Texts.in(session.language());
            web.page(503, MessagePage.error(t, t.raw(refused.textKey), null));
        }
    }

    private void finishLogin(WebExchange web, Optional<CitizenSession> session, Texts t) throws IOException {
        if (session.isEmpty()) {
            web.page(400, MessagePage.error(t, t.raw("error.expired"), null));
            return;
        }
        try {
            ForbindPrincipal citizen = login.finish(session.get(), Optional.ofNullable(eid),
                    web.request.getParameter("code"), web.request.getParameter("state"),
                    web.request.getParameter("error"));
            CitizenSession renewed = sessions.renew(session.get());
            renewed.loggedIn(citizen);
            web.sessionCookie(renewed.id());
            web.seeOther(Layout.BASE + "data");
        } catch (LoginFlow.Refused refused) {
            LoginFlow.log(refused);
            web.page(400, MessagePage.error(t, t.raw(refused.textKey), null));
        }
    }

    private void citizenPage(WebExchange web, Optional<CitizenSession> session, Texts t) throws IOException {
        Optional<ForbindPrincipal> citizen = session.flatMap(CitizenSession::citizen);
        Optional<DataSubject> subject = session.flatMap(CitizenSession::viewing);
        if (citizen.isEmpty() || subject.isEmpty()) {
            web.seeOther(Layout.BASE);
            return;
        }
        switch (web.path()) {
            case "data" -> pages.holdings(web, session.get(), citizen.get(), subject.get());
            case "brug" -> pages.usage(web, session.get(), citizen.get(), subject.get());
            case "brug/eksport" -> pages.export(web, session.get(), subject.get());
            default -> pages.attorney(web, session.get(), citizen.get(), subject.get());
        }
    }

    private void css(WebExchange web) throws IOException {
        web.response.setHeader("Cache-Control", "public, max-age=3600");
        web.response.setHeader("X-Content-Type-Options", "nosniff");
        web.response.setContentType("text/css;charset=UTF-8");
        web.response.getOutputStream().write(stylesheet);
    }

    private static boolean formTokenOf(CitizenSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.formToken().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }
}
