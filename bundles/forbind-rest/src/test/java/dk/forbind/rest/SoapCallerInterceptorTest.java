package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencyGrant;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.NsisLevel;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import org.apache.cxf.bus.managers.PhaseManagerImpl;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.PhaseInterceptor;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.ServiceImpl;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingInfo;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.InterfaceInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.service.model.ServiceInfo;
import org.junit.jupiter.api.Test;

/**
 * A SOAP request is authenticated like a REST one before its body is read; an agency system reaches only marked,
 * granted operations; refusals are SOAP Client faults with HTTP 401 or 403.
 */
class SoapCallerInterceptorTest {
    /** Grants CVR 29190623 the auditor operations of the test API. */
    private static final AgencyAccess ACCESS = new AgencyAccess() {
        @Override
        public AccessDecision decide(AgencySystem system, String target) {
            return system.cvr().equals("29190623") && target.equals("api:test.auditor")
                    ? AccessDecision.allowed("grant.test") : AccessDecision.denied("no grant for " + target);
        }

        @Override
        public List<AgencyGrant> grants() {
            return List.of();
        }
    };

    /** A SOAP service interface: one operation for auditors, one for citizens only. */
    public interface Registry {
        @AgencyOperation("auditor")
        boolean verify();

        String usage();
    }

    private final SoapCallerInterceptor interceptor = new SoapCallerInterceptor("Test", new CallerCheck(
            () -> List.of(TestAuthenticators.BEARER, TestAuthenticators.CERTIFICATE), NsisLevel.SUBSTANTIAL),
            new AgencyGrantCheck("Test", () -> Optional.of(ACCESS)));

    @Test
    void anAgencySystemReachesAGrantedOperationAsItself() throws Exception {
        Message request = request(null, "verify", TestAuthenticators.CHAIN);
        interceptor.handleMessage(request);
        operationGrant(request).handleMessage(request);
        ForbindPrincipal caller = SoapCallerInterceptor.callerOf(
                request.get(SecurityContext.class).getUserPrincipal());
        assertEquals("29190623", caller.agencySystem().orElseThrow().cvr());
        assertTrue(request.get(SecurityContext.class).isUserInRole("agency_system"));
    }

    @Test
    void anAgencySystemIsRefusedAnOperationNoGrantNames() throws Exception {
        Message request = request(null, "usage", TestAuthenticators.CHAIN);
        interceptor.handleMessage(request);
        Fault refused = assertThrows(Fault.class, () -> operationGrant(request).handleMessage(request));
        assertEquals(403, refused.getStatusCode());
        assertEquals(Fault.FAULT_CODE_CLIENT, refused.getFaultCode());
        assertEquals("agency systems cannot call this operation of the test API", refused.getMessage());
    }

    @Test
    void aRequestWithoutCredentialsIsAClientFault401BeforeItsBodyIsRead() throws Exception {
        Fault refused = assertThrows(Fault.class, () -> interceptor.handleMessage(request(null, "verify", List.of())));
        assertEquals(401, refused.getStatusCode());
        assertEquals(Fault.FAULT_CODE_CLIENT, refused.getFaultCode());
        assertTrue(refused.getMessage().startsWith("no credentials: send an Authorization header (Bearer)"),
                refused.getMessage());
        assertEquals(403, assertThrows(Fault.class, () -> interceptor.handleMessage(
                request("Bearer Low", "usage", List.of()))).getStatusCode());
    }

    @Test
    void aCitizenIsNotAskedForGrants() throws Exception {
        Message request = request("Bearer High", "usage", List.of());
        interceptor.handleMessage(request);
        assertEquals(NsisLevel.HIGH, SoapCallerInterceptor.callerOf(
                request.get(SecurityContext.class).getUserPrincipal()).loa());
        assertFalse(request.getInterceptorChain().getIterator().hasNext(), "no grant check was added for a citizen");
    }

    /** A SOAP request for an operation of {@link Registry}, as CXF's HTTP transport hands it over. */
    private static Message request(String authorization, String operation, List<X509Certificate> chain)
            throws NoSuchMethodException {
        MessageImpl message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        message.setExchange(exchange);
        exchange.setInMessage(message);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        message.put(Message.PROTOCOL_HEADERS, headers);
        message.put(SoapCallerInterceptor.HTTP_REQUEST, Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> method.getName().equals("getAttribute")
                        && "javax.servlet.request.X509Certificate".equals(arguments[0]) && !chain.isEmpty()
                        ? chain.toArray(X509Certificate[]::new) : null));
        message.setInterceptorChain(new PhaseInterceptorChain(new PhaseManagerImpl().getInPhases()));

        ServiceInfo service = new ServiceInfo();
        OperationInfo info = new InterfaceInfo(service, new QName("urn:test", "Registry"))
                .addOperation(new QName("urn:test", operation));
        BindingOperationInfo binding = new BindingOperationInfo(new BindingInfo(service, "soap"), info);
        Method method = Registry.class.getMethod(operation);
        ServiceImpl cxfService = new ServiceImpl(service);
        cxfService.put(MethodDispatcher.class.getName(), new MethodDispatcher() {
            @Override
            public Method getMethod(BindingOperationInfo op) {
                return op == binding ? method : null;
            }

            @Override
            public BindingOperationInfo getBindingOperation(Method m, Endpoint endpoint) {
                return binding;
            }

            @Override
            public void bind(OperationInfo o, Method... methods) {
            }
        });
        exchange.put(BindingOperationInfo.class, binding);
        exchange.put(Service.class, cxfService);
        return message;
    }

    /** The grant check the interceptor put in the chain for the operation phase. */
    @SuppressWarnings("unchecked")
    private static PhaseInterceptor<Message> operationGrant(Message request) {
        var interceptors = request.getInterceptorChain().getIterator();
        assertTrue(interceptors.hasNext(), "a grant check was added for the agency system");
        return (PhaseInterceptor<Message>) interceptors.next();
    }
}
