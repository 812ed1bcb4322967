package dk.forbind.broker.agency;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.AuthenticationFailure;
import java.io.IOException;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.activemq.artemis.spi.core.security.jaas.CertificateCallback;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an agency's system in to the broker by the client certificate of its TLS connection, checked exactly as the
 * HTTPS APIs check it (the {@link ApiAuthenticator#CLIENT_CERTIFICATE} authenticator of etc/dk.forbind.access.cfg):
 * trusted issuer, not revoked, not expired, a CVR in the subject. The system becomes the broker user
 * {@link AgencySystem#brokerUser()} with the roles of {@link AgencyBrokerRoles}; a connection without a certificate
 * is none of this module's business, and a refused certificate is logged with its reason.
 */
public class AgencyCertificateLogin implements LoginModule {
    private static final Logger LOG = LoggerFactory.getLogger(AgencyCertificateLogin.class);

    private Subject subject;
    private CallbackHandler callbacks;
    private BundleContext bundleContext;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.bundleContext = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        List<X509Certificate> chain = clientCertificates();
        if (chain.isEmpty()) {
            return false;
        }
        AgencySystem system = authenticate(chain);
        principals.add(new UserPrincipal(system.brokerUser()));
        AgencyBrokerRoles.of(system).forEach(role -> principals.add(new RolePrincipal(role)));
        LOG.info("Broker login of agency system {}", UntrustedText.forLog(system.toString()));
        return true;
    }

    private List<X509Certificate> clientCertificates() throws LoginException {
        CertificateCallback certificates = new CertificateCallback();
        try {
            callbacks.handle(new Callback[] {certificates});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("the connection's certificates cannot be read: " + e);
        }
        X509Certificate[] chain = certificates.getCertificates();
        return chain == null ? List.of() : List.of(chain);
    }

    private AgencySystem authenticate(List<X509Certificate> chain) throws LoginException {
        Collection<ServiceReference<ApiAuthenticator>> references;
        try {
            references = bundleContext.getServiceReferences(ApiAuthenticator.class, null);
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        for (ServiceReference<ApiAuthenticator> reference : references) {
            ApiAuthenticator authenticator = bundleContext.getService(reference);
            try {
                if (authenticator != null && ApiAuthenticator.CLIENT_CERTIFICATE.equals(authenticator.scheme())) {
                    return authenticator.authenticate(name -> null, chain).agencySystem()
                            .orElseThrow(() -> refused("the certificate names no agency system"));
                }
            } catch (AuthenticationFailure e) {
                throw refused(e.getMessage());
            } finally {
                bundleContext.ungetService(reference);
            }
        }
        throw refused("agency access is not configured (etc/dk.forbind.access.cfg)");
    }

    private static FailedLoginException refused(String reason) {
        LOG.warn("Broker login refused: {}", UntrustedText.forLog(reason));
        return new FailedLoginException(reason);
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return !principals.isEmpty();
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
