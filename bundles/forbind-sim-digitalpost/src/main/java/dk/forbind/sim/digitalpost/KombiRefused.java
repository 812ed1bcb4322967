package dk.forbind.sim.digitalpost;

/** A kombi request Digital Post refuses, with the error code and text it answers (HTTP 400). */
final class KombiRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    KombiRefused(String code, String text) {
        super(text);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The error as Digital Post writes it. */
    String toXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Fejl><FejlKode>" + code + "</FejlKode><FejlTekst>"
                + getMessage().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</FejlTekst></Fejl>\n";
    }
}
