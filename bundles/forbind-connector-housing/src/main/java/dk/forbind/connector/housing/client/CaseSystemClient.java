package dk.forbind.connector.housing.client;

import dk.forbind.connector.housing.casesystem.Application;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.GetCaseStatusRequest;
import dk.forbind.connector.housing.casesystem.HousingCaseSystem;
import dk.forbind.connector.housing.casesystem.HousingCaseSystemService;
import dk.forbind.connector.housing.casesystem.ListCasesRequest;
import dk.forbind.connector.housing.casesystem.SubmitApplicationRequest;
import dk.forbind.connector.housing.casesystem.SubmitApplicationResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * The housing case system as the connector calls it: a CXF JAX-WS client of the interface generated from the
 * system's WSDL, with connect and receive time-outs, every call through the {@link CaseSystemBreaker}, and every
 * answer translated ({@link CaseSystemAnswers}): business answers as results or a {@link CaseSystemRefusal}, an
 * outage as {@link CaseSystemUnavailable} (wait), anything else as {@link CaseSystemFailure} (retry).
 */
public final class CaseSystemClient {
    /** The name the connector declares the case system by. */
    public static final String DEPENDENCY = "housing-case-system";

    private final URI url;
    private final HousingCaseSystem port;
    private final CaseSystemBreaker breaker;
    private final CaseSystemAnswers answers;

    /**
     * @param outgoing interceptors of every request — the WS-Security signature
     *                 ({@code SoapSignature.signing}) — or none
     */
    public CaseSystemClient(URI url, Duration connectTimeout, Duration receiveTimeout, CaseSystemBreaker breaker,
                            List<Interceptor<? extends Message>> outgoing) {
        this.url = url;
        this.breaker = breaker;
        this.answers = new CaseSystemAnswers(receiveTimeout);
        this.port = proxy(url, connectTimeout, receiveTimeout, outgoing);
    }

    private static HousingCaseSystem proxy(URI url, Duration connectTimeout, Duration receiveTimeout,
                                           List<Interceptor<? extends Message>> outgoing) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(CaseSystemClient.class.getClassLoader());
        try {
            JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
            factory.setBus(BusFactory.getDefaultBus());
            factory.setServiceClass(HousingCaseSystem.class);
            factory.setWsdlURL(HousingCaseSystemService.WSDL_LOCATION.toExternalForm());
            factory.setServiceName(HousingCaseSystemService.SERVICE);
            factory.setEndpointName(HousingCaseSystemService.HousingCaseSystemPort);
            factory.setAddress(url.toString());
            factory.getOutInterceptors().addAll(outgoing);
            HousingCaseSystem created = factory.create(HousingCaseSystem.class);
            Client client = ClientProxy.getClient(created);
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(connectTimeout.toMillis());
            policy.setReceiveTimeout(receiveTimeout.toMillis());
            policy.setAllowChunking(false);
            ((HTTPConduit) client.getConduit()).setClient(policy);
            return created;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Submits an application; the same application reference again gets the case it opened the first time. */
    public SubmitApplicationResponse submit(Application application) {
        SubmitApplicationRequest request = new SubmitApplicationRequest();
        request.setApplication(application);
        return breaker.call(() -> answers.of("SubmitApplication", () -> port.submitApplication(request)));
    }

    /** One case of one applicant, or empty when the applicant has no such case. */
    public Optional<Case> find(String cpr, String caseId) {
        GetCaseStatusRequest request = new GetCaseStatusRequest();
        request.setApplicantCpr(cpr);
        request.setCaseId(caseId);
        try {
            return Optional.of(breaker.call(() -> answers.of("GetCaseStatus", () -> port.getCaseStatus(request)))
                    .getCase());
        } catch (CaseNotFound unknown) {
            return Optional.empty();
        }
    }

    /** Every case of one applicant. */
    public List<Case> cases(String cpr) {
        ListCasesRequest request = new ListCasesRequest();
        request.setApplicantCpr(cpr);
        return breaker.call(() -> answers.of("ListCases", () -> port.listCases(request))).getCase();
    }

    /** Where the platform probes whether the system answers: its WSDL. */
    public String probeUrl() {
        return url + "?wsdl";
    }

    public URI url() {
        return url;
    }

    public CaseSystemBreaker breaker() {
        return breaker;
    }
}
