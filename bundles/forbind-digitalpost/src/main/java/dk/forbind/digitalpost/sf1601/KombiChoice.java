package dk.forbind.digitalpost.sf1601;

/** SF1601's {@code KombiValgKode}: the channel a kombi request asks for. */
public enum KombiChoice {
    DIGITAL_POST("Digital Post"),
    PHYSICAL_POST("Fysisk Post"),
    AUTOMATIC("Automatisk Valg"),
    NEMSMS("NemSMS");

    private final String code;

    KombiChoice(String code) {
        this.code = code;
    }

    /** The code as it is written in a kombi request. */
    public String code() {
        return code;
    }

    public static KombiChoice ofCode(String code) {
        for (KombiChoice choice : values()) {
            if (choice.code.equals(code)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is no KombiValgKode");
    }
}
