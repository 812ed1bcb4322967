package dk.forbind.citizen.pages;

/**
 * The frame of every page: language, title, a link past the menu, the menu (when logged in) with the current page
 * marked, the language switch, log-out (a form carrying the session's form token), the main content and the footer.
 * Everything it loads comes from this server.
 */
public final class Layout {
    public static final String BASE = "/forbind/borger/";

    private Layout() {
    }

    /**
     * @param path      the page's own path under {@link #BASE} ({@code data}, {@code brug}, ...), for the menu and the
     *                  language switch
     * @param formToken the session's form token when a citizen is logged in; null shows no menu
     * @param viewing   whose data is shown, as a sentence (escaped here); null for none
     */
    public static String page(Texts t, String path, String title, String formToken, String viewing, String main) {
        StringBuilder html = new StringBuilder(4096 + main.length());
        String language = t.language().getLanguage();
        String other = t.other().language().getLanguage();
        html.append("<!DOCTYPE html><html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.text(title)).append(" – ").append(t.html("site.title")).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(BASE).append("static/borger.css\"></head><body>")
                .append("<a class=\"skip\" href=\"#indhold\">").append(t.html("skip")).append("</a>")
                .append("<header><div class=\"bar\"><a class=\"brand\" href=\"").append(BASE).append("\">")
                .append(t.html("site.title")).append("</a><div class=\"tools\">")
                .append("<a href=\"").append(BASE).append(path).append("?lang=").append(other).append("\" lang=\"")
                .append(other).append("\" hreflang=\"").append(other).append("\">").append(t.html("language.other"))
                .append("</a>");
        if (formToken != null) {
            html.append("<form method=\"post\" action=\"").append(BASE).append("logout\">")
                    .append(formTokenField(formToken)).append("<button type=\"submit\">").append(t.html("logout"))
                    .append("</button></form>");
        }
        html.append("</div></div>");
        if (formToken != null) {
            html.append("<nav aria-label=\"").append(t.html("nav.label")).append("\"><ul>")
                    .append(menuItem(t, path, "data", "nav.data")).append(menuItem(t, path, "brug", "nav.usage"))
                    .append(menuItem(t, path, "fuldmagt", "nav.attorney")).append("</ul></nav>");
        }
        html.append("</header><main id=\"indhold\" tabindex=\"-1\">");
        if (viewing != null) {
            html.append("<p class=\"viewing\">").append(Html.text(viewing)).append("</p>");
        }
        return html.append(main).append("</main><footer><p>").append(t.html("footer"))
                .append("</p></footer></body></html>").toString();
    }

    public static String formTokenField(String formToken) {
        return "<input type=\"hidden\" name=\"form\" value=\"" + Html.text(formToken) + "\">";
    }

    private static String menuItem(Texts t, String current, String path, String key) {
        return "<li><a href=\"" + BASE + path + "\"" + (path.equals(current) ? " aria-current=\"page\"" : "") + ">"
                + t.html(key) + "</a></li>";
    }
}
