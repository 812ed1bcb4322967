package dk.forbind.access.certificate;

/** Why a client certificate proves no agency system; the message is safe to return to the caller and log. */
public final class CertificateRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificateRefused(String reason) {
        super(reason);
    }
}
