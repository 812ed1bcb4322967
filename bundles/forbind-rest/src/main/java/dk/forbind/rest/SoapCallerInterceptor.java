package dk.forbind.rest;

import dk.forbind.api.UntrustedText;
import dk.forbind.api.auth.ForbindPrincipal;
import java.lang.reflect.Method;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.service.invoker.AbstractInvoker;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AuthenticationFilter} of a CXF SOAP (JAX-WS) endpoint: every request is authenticated by the same
 * {@link CallerCheck} — an {@code Authorization} header or the TLS client certificate of an agency system — before
 * its body is read, and an agency system then reaches only operations marked {@link AgencyOperation} that a grant
 * names ({@link AgencyGrantCheck}). A refusal is a SOAP Client fault with HTTP 401 or 403 and the reason, logged.
 * The endpoint reads the caller from {@code WebServiceContext.getUserPrincipal()} with {@link #callerOf}.
 * Add it with {@code factory.getInInterceptors().add(new SoapCallerInterceptor(...))}.
 */
public final class SoapCallerInterceptor extends AbstractPhaseInterceptor<Message> {
    private static final Logger LOG = LoggerFactory.getLogger(SoapCallerInterceptor.class);
    /** Where CXF's HTTP transport puts the servlet request (AbstractHTTPDestination.HTTP_REQUEST). */
    static final String HTTP_REQUEST = "HTTP.REQUEST";
    private static final String CLIENT_CERTIFICATES = "javax.servlet.request.X509Certificate";

    private final String api;
    private final CallerCheck check;
    private final AgencyGrantCheck grants;
    private final Function<Message, List<X509Certificate>> certificates;

    public SoapCallerInterceptor(String api, CallerCheck check, AgencyGrantCheck grants) {
        this(api, check, grants, Phase.RECEIVE, SoapCallerInterceptor::tlsCertificates);
    }

    /**
     * The same check with the caller's certificate from elsewhere — the signature of a WS-Security signed request,
     * read in a later phase (after WSS4J has verified it).
     *
     * @param phase        when to check, e.g. {@code Phase.PRE_PROTOCOL} after WSS4J
     * @param certificates the caller's certificate chain in a request, empty when it shows none
     */
    public SoapCallerInterceptor(String api, CallerCheck check, AgencyGrantCheck grants, String phase,
                                 Function<Message, List<X509Certificate>> certificates) {
        super(phase);
        this.api = api;
        this.check = check;
        this.grants = grants;
        this.certificates = certificates;
    }

    @Override
    public void handleMessage(Message message) {
        ForbindPrincipal caller = refusedAsFault(() -> check.caller(headers(message), certificates.apply(message)));
        message.put(SecurityContext.class, new CallerSecurity(new CallerContext.Caller(caller)));
        if (caller.agencySystem().isPresent()) {
            message.getInterceptorChain().add(new OperationGrant(caller));
        }
    }

    /** The caller of an authenticated SOAP request ({@code WebServiceContext.getUserPrincipal()}). */
    public static ForbindPrincipal callerOf(Principal principal) {
        if (principal instanceof CallerContext.Caller caller) {
            return caller.principal();
        }
        throw new IllegalStateException("the SOAP request was not authenticated by SoapCallerInterceptor");
    }

    @SuppressWarnings("unchecked")
    private static Function<String, String> headers(Message message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        return name -> {
            if (headers == null) {
                return null;
            }
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        };
    }

    private static List<X509Certificate> tlsCertificates(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(HTTP_REQUEST);
        Object chain = request == null ? null : request.getAttribute(CLIENT_CERTIFICATES);
        return chain instanceof X509Certificate[] certificates ? List.of(certificates) : List.of();
    }

    private <T> T refusedAsFault(Supplier<T> decision) {
        try {
            return decision.get();
        } catch (ApiError refused) {
            LOG.info("{} SOAP API refused: {} {}", api, refused.status(), UntrustedText.forLog(refused.getMessage()));
            Fault fault = new Fault(new SecurityException(refused.getMessage()));
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            fault.setStatusCode(refused.status());
            throw fault;
        }
    }

    /** Once the operation is known: an agency system may call it only when it is marked and granted. */
    private final class OperationGrant extends AbstractPhaseInterceptor<Message> {
        private final ForbindPrincipal caller;

        OperationGrant(ForbindPrincipal caller) {
            super(Phase.PRE_INVOKE);
            this.caller = caller;
        }

        @Override
        public void handleMessage(Message message) {
            Method method = method(message.getExchange());
            refusedAsFault(() -> {
                grants.check(caller, method == null ? null : method.getDeclaringClass(), method);
                return caller;
            });
        }

        /**
         * The operation's method as the endpoint's implementation declares it, where its {@link AgencyOperation}
         * mark is (an interface generated from a WSDL carries none); the interface's method when there is no bean.
         */
        private static Method method(Exchange exchange) {
            BindingOperationInfo operation = exchange.getBindingOperationInfo();
            MethodDispatcher dispatcher = exchange.getService() == null ? null
                    : (MethodDispatcher) exchange.getService().get(MethodDispatcher.class.getName());
            Method declared = operation == null || dispatcher == null ? null : dispatcher.getMethod(operation);
            if (declared == null || !(exchange.getService().getInvoker() instanceof AbstractInvoker invoker)) {
                return declared;
            }
            Object bean = invoker.getServiceObject(exchange);
            try {
                return bean == null ? declared : bean.getClass().getMethod(declared.getName(),
                        declared.getParameterTypes());
            } catch (NoSuchMethodException e) {
                return declared;
            }
        }
    }

    /** CXF's security context of an authenticated request. */
    private record CallerSecurity(CallerContext.Caller caller) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }
    }
}
