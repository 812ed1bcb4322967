package dk.forbind.citizen.pages;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SourceAnswer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "Mine data": what each source holds about the subject, source by source. A source that did not answer is said to
 * be not available now, and the page says at the top that some of it is missing; the rest shows as usual.
 */
public final class HoldingsPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private HoldingsPage() {
    }

    public static String of(Texts t, Overview overview, String formToken, String viewing) {
        StringBuilder main = new StringBuilder("<h1>").append(t.html("data.heading")).append("</h1><p>")
                .append(t.html("data.intro")).append("</p><p class=\"small\">")
                .append(t.html("data.retrieved", WHEN.format(overview.askedAt()))).append("</p>");
        if (overview.partial()) {
            main.append("<p class=\"note warning\" role=\"status\">").append(t.html("data.partial")).append("</p>");
        }
        int n = 0;
        for (SourceAnswer answer : overview.sources()) {
            String id = "kilde-" + (++n);
            main.append("<section class=\"source\" aria-labelledby=\"").append(id).append("\" data-source=\"")
                    .append(Html.text(answer.source().connector())).append("\"><h2 id=\"").append(id).append("\">")
                    .append(Html.text(answer.source().title().in(t.language()))).append("</h2><p class=\"small\">")
                    .append(t.html("data.source", answer.source().connector(), answer.source().agency()))
                    .append("</p>");
            if (answer.answer().isEmpty()) {
                main.append("<p class=\"unavailable\"><strong>").append(t.html("data.unavailable"))
                        .append("</strong>. ").append(t.html("data.unavailable.text")).append("</p>");
            } else if (answer.answer().get().items().isEmpty()) {
                main.append("<p>").append(t.html("data.nothing")).append("</p>");
            } else {
                answer.answer().get().items().forEach(item -> main.append(item(t, item)));
            }
            main.append("</section>");
        }
        return Layout.page(t, "data", t.raw("data.heading"), formToken, viewing, main.toString());
    }

    private static String item(Texts t, HeldItem item) {
        StringBuilder html = new StringBuilder("<div class=\"item\"><h3>")
                .append(Html.text(item.heading().in(t.language()))).append("</h3><dl>");
        for (HeldField field : item.fields()) {
            html.append("<dt>").append(Html.text(field.label().in(t.language()))).append("</dt><dd>")
                    .append(Html.text(field.value().in(t.language()))).append("</dd>");
        }
        return html.append("</dl></div>").toString();
    }
}
