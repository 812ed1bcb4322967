package dk.forbind.citizen.pages;

import dk.forbind.api.transparency.CitizenUsage;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.ProcessingType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Brug af mine data": the subject's usage log as a table — when, which authority, purpose, legal basis, what data,
 * case — narrowed by period, authority and kind, a page at a time, with the art. 15 copy to download. Records still
 * hidden never reach this page (the registry leaves them out).
 */
public final class UsagePage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private UsagePage() {
    }

    public static String of(Texts t, UsageQuery query, CitizenUsage.Page page, int pageSize,
                            List<CitizenUsage.Authority> authorities, String formToken, String viewing) {
        StringBuilder main = new StringBuilder("<h1>").append(t.html("usage.heading")).append("</h1><p>")
                .append(t.html("usage.intro")).append("</p>").append(filters(t, query, authorities))
                .append("<p role=\"status\">").append(t.html("usage.count", Long.toString(page.total())))
                .append("</p>");
        if (page.records().isEmpty()) {
            main.append("<p>").append(t.html("usage.none")).append("</p>");
        } else {
            main.append(table(t, page.records()));
        }
        long pages = Math.max(1, (page.total() + pageSize - 1) / pageSize);
        if (pages > 1) {
            main.append("<nav class=\"paging\" aria-label=\"").append(t.html("usage.paging")).append("\">");
            if (query.page() > 1) {
                main.append("<a rel=\"prev\" href=\"?").append(Html.text(query.onPage(query.page() - 1))).append("\">")
                        .append(t.html("usage.previous")).append("</a> ");
            }
            main.append("<span>").append(t.html("usage.page", Integer.toString(query.page()), Long.toString(pages)))
                    .append("</span>");
            if (query.page() < pages) {
                main.append(" <a rel=\"next\" href=\"?").append(Html.text(query.onPage(query.page() + 1))).append("\">")
                        .append(t.html("usage.next")).append("</a>");
            }
            main.append("</nav>");
        }
        main.append("<h2>").append(t.html("usage.download")).append("</h2><ul class=\"downloads\">")
                .append("<li><a href=\"").append(Layout.BASE).append("brug/eksport?format=csv\" download>")
                .append(t.html("usage.csv")).append("</a></li><li><a href=\"").append(Layout.BASE)
                .append("brug/eksport?format=json\" download>").append(t.html("usage.json")).append("</a></li></ul>");
        return Layout.page(t, "brug", t.raw("usage.heading"), formToken, viewing, main.toString());
    }

    private static String filters(Texts t, UsageQuery query, List<CitizenUsage.Authority> authorities) {
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"")
                .append(Layout.BASE).append("brug\"><fieldset><legend>").append(t.html("usage.filter"))
                .append("</legend>")
                .append(field("fra", t.html("usage.from"), "<input type=\"date\" id=\"fra\" name=\"fra\" value=\""
                        + (query.from() == null ? "" : query.from()) + "\">"))
                .append(field("til", t.html("usage.to"), "<input type=\"date\" id=\"til\" name=\"til\" value=\""
                        + (query.to() == null ? "" : query.to()) + "\">"));
        StringBuilder who = new StringBuilder("<select id=\"myndighed\" name=\"myndighed\"><option value=\"\">")
                .append(t.html("usage.all")).append("</option>");
        for (CitizenUsage.Authority authority : authorities) {
            who.append(option(authority.code(), (authority.name() == null ? "" : authority.name() + " ") + "(CVR "
                    + authority.code() + ")", authority.code().equals(query.authority())));
        }
        form.append(field("myndighed", t.html("usage.authority"), who.append("</select>").toString()));
        StringBuilder kind = new StringBuilder("<select id=\"type\" name=\"type\"><option value=\"\">")
                .append(t.html("usage.all")).append("</option>");
        for (ProcessingType type : ProcessingType.values()) {
            kind.append(option(type.name(), t.raw("type." + type.name()), type == query.type()));
        }
        form.append(field("type", t.html("usage.type"), kind.append("</select>").toString()));
        return form.append("<button type=\"submit\">").append(t.html("usage.show"))
                .append("</button></fieldset></form>").toString();
    }

    private static String field(String id, String label, String input) {
        return "<div class=\"field\"><label for=\"" + id + "\">" + label + "</label>" + input + "</div>";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.text(value) + "\"" + (selected ? " selected" : "") + ">" + Html.text(label)
                + "</option>";
    }

    private static String table(Texts t, List<DataAccessEvent> records) {
        StringBuilder html = new StringBuilder("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
                .append("brug-titel\"><table><caption id=\"brug-titel\">").append(t.html("usage.caption"))
                .append("</caption><thead><tr>");
        for (String column : new String[] {"usage.when", "usage.who", "usage.type", "usage.purpose", "usage.basis",
                "usage.data", "usage.case"}) {
            html.append("<th scope=\"col\">").append(t.html(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (DataAccessEvent r : records) {
            String authority = (r.initiatorOrg().name() == null ? "" : r.initiatorOrg().name() + " ")
                    + "(CVR " + r.initiatorOrg().code() + ")";
            html.append("<tr><td>").append(WHEN.format(r.logTime())).append("</td><td>").append(Html.text(authority))
                    .append("</td><td>").append(t.html("type." + r.processingType().name())).append("</td><td>")
                    .append(Html.text(r.purpose())).append("</td><td>").append(Html.text(r.legalBasis()))
                    .append("</td><td>").append(Html.text(String.join(", ", r.dataCategories()))).append("</td><td>")
                    .append(Html.text(r.caseId())).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }
}
