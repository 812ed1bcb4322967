package dk.forbind.soap;

import dk.forbind.rest.AgencyGrantCheck;
import dk.forbind.rest.CallerCheck;
import dk.forbind.rest.SoapCallerInterceptor;
import java.util.List;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;

/**
 * A SOAP endpoint that takes only requests signed by an agency's system: WSS4J checks the signature (a request
 * without one, or whose signed parts were changed, is refused with a SOAP fault), and the signing certificate then
 * goes through the same caller check as a TLS client certificate — issued by a trusted agency CA, naming an
 * authority's system — and the agency's grants decide which operations it reaches.
 */
public final class SignedCallers {
    private SignedCallers() {
    }

    /** Adds the signature check and the caller check to an endpoint's (or its factory's) in-interceptors. */
    public static void require(InterceptorProvider endpoint, String api, CallerCheck check, AgencyGrantCheck grants) {
        endpoint.getInInterceptors().add(SoapSignature.verifyingSignature());
        SoapCallerInterceptor caller = new SoapCallerInterceptor(api, check, grants, Phase.PRE_PROTOCOL,
                message -> SoapSignature.signerOf(message).map(List::of).orElse(List.of()));
        caller.addAfter(WSS4JInInterceptor.class.getName());
        endpoint.getInInterceptors().add(caller);
    }
}
