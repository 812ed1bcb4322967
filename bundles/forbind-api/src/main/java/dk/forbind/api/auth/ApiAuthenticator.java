package dk.forbind.api.auth;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

/**
 * Authenticates a caller of Forbind's REST APIs from its request headers, for one authentication
 * scheme of the {@code Authorization} header. The eID capability authenticates {@code Bearer} MitID
 * tokens; a development installation may add the {@code Development} scheme. The APIs choose the
 * authenticator by the scheme the caller uses.
 */
public interface ApiAuthenticator {
    /**
     * The pseudo-scheme of an authenticator that reads the TLS client certificate instead of an
     * {@code Authorization} header; it is chosen when a caller sends a certificate and no such header.
     */
    String CLIENT_CERTIFICATE = "ClientCertificate";

    /** The {@code Authorization} scheme this authenticator handles, e.g. {@code Bearer}. */
    String scheme();

    /**
     * @param header reads a request header by name ({@code null} when absent)
     * @throws AuthenticationFailure when credentials are missing or not valid
     */
    ForbindPrincipal authenticate(Function<String, String> header) throws AuthenticationFailure;

    /**
     * The same, for authenticators that also read the TLS client certificate chain the caller presented
     * (client certificate first; empty when none). Header-based authenticators need not override it.
     */
    default ForbindPrincipal authenticate(Function<String, String> header, List<X509Certificate> clientCertificates)
            throws AuthenticationFailure {
        return authenticate(header);
    }
}
