package dk.forbind.citizen.pages;

/** The front page (log in), and the pages that only say something: logged out, an error. */
public final class MessagePage {
    private MessagePage() {
    }

    /** The front page for someone not logged in, with a note above it (escaped; null for none). */
    public static String front(Texts t, String note) {
        String main = (note == null ? "" : "<p class=\"note\" role=\"status\">" + Html.text(note) + "</p>")
                + "<h1>" + t.html("front.heading") + "</h1><p>" + t.html("front.text") + "</p>"
                + "<p><a class=\"button\" href=\"" + Layout.BASE + "login?lang=" + t.language().getLanguage() + "\">"
                + t.html("front.login") + "</a></p>";
        return Layout.page(t, "", t.raw("front.heading"), null, null, main);
    }

    /** An error, said plainly, with the way back. */
    public static String error(Texts t, String message, String formToken) {
        String main = "<h1>" + t.html("error.heading") + "</h1><p role=\"alert\">" + Html.text(message) + "</p>"
                + "<p><a href=\"" + Layout.BASE + "\">" + t.html("back") + "</a></p>";
        return Layout.page(t, "", t.raw("error.heading"), formToken, null, main);
    }
}
