package dk.forbind.citizen.pages;

import dk.forbind.api.DataSubject;
import java.util.Comparator;
import java.util.Set;

/** Acting for someone under a power of attorney: whose data the pages show, the citizen's own or someone else's. */
public final class AttorneyPage {
    private AttorneyPage() {
    }

    /** The CPR or CVR number as people write it: a CPR number with a dash after the date. */
    public static String shown(DataSubject subject) {
        return subject.id().length() == 10 ? subject.id().substring(0, 6) + "-" + subject.id().substring(6)
                : subject.id();
    }

    public static String of(Texts t, DataSubject self, Set<DataSubject> represented, DataSubject viewing,
                            String formToken, String viewingNote) {
        StringBuilder main = new StringBuilder("<h1>").append(t.html("attorney.heading")).append("</h1>");
        if (represented.isEmpty()) {
            main.append("<p>").append(t.html("attorney.none")).append("</p>");
            return Layout.page(t, "fuldmagt", t.raw("attorney.heading"), formToken, viewingNote, main.toString());
        }
        main.append("<p>").append(t.html("attorney.intro")).append("</p><form method=\"post\" action=\"")
                .append(Layout.BASE).append("fuldmagt\">").append(Layout.formTokenField(formToken))
                .append("<fieldset><legend>").append(t.html("attorney.choose")).append("</legend>");
        int n = 0;
        main.append(choice(++n, self, t.raw("attorney.self", shown(self)), self.equals(viewing)));
        for (DataSubject other : represented.stream().sorted(Comparator.comparing(DataSubject::id)).toList()) {
            main.append(choice(++n, other, t.raw("attorney.other", shown(other)), other.equals(viewing)));
        }
        main.append("</fieldset><p><button type=\"submit\">").append(t.html("attorney.submit"))
                .append("</button></p></form>");
        return Layout.page(t, "fuldmagt", t.raw("attorney.heading"), formToken, viewingNote, main.toString());
    }

    private static String choice(int n, DataSubject subject, String label, boolean checked) {
        return "<div class=\"choice\"><input type=\"radio\" name=\"subject\" id=\"hvem-" + n + "\" value=\""
                + Html.text(subject.type().name() + ":" + subject.id()) + "\"" + (checked ? " checked" : "")
                + "><label for=\"hvem-" + n + "\">" + Html.text(label) + "</label></div>";
    }
}
