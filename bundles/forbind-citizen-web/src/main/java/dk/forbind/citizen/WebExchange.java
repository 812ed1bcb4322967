package dk.forbind.citizen;

import dk.forbind.citizen.pages.Layout;
import dk.forbind.citizen.pages.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One request to the citizen pages and its answer: the session cookie, the language, and pages sent with the
 * headers every page carries — no caching, no framing, no content from elsewhere, no referrer.
 */
final class WebExchange {
    static final String COOKIE = "forbind-borger";
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    final HttpServletRequest request;
    final HttpServletResponse response;
    private final boolean secureCookie;

    WebExchange(HttpServletRequest request, HttpServletResponse response, boolean secureCookie) {
        this.request = request;
        this.response = response;
        this.secureCookie = secureCookie;
    }

    String path() {
        String path = request.getPathInfo();
        return path == null || path.equals("/") ? "" : path.substring(1);
    }

    /** The session id the browser sent, if any. */
    Optional<String> sessionId() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The language the request asks for with {@code lang}, else {@code fallback}. */
    Locale language(Locale fallback) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked)) {
            return Locale.ENGLISH;
        }
        return "da".equals(asked) ? Texts.DANISH : fallback;
    }

    /** Sets the session cookie: the browser sends it to these pages only, never to scripts, over TLS only. */
    void sessionCookie(String id) {
        response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=" + Layout.BASE + "; HttpOnly; SameSite=Lax"
                + (secureCookie ? "; Secure" : ""));
    }

    void endSessionCookie() {
        response.addHeader("Set-Cookie", COOKIE + "=; Path=" + Layout.BASE + "; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secureCookie ? "; Secure" : ""));
    }

    void page(int status, String html) throws IOException {
        headers();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the browser on with 303 (a GET follows, also after a POST). */
    void seeOther(String location) {
        headers();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    void headers() {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
