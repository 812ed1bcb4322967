package dk.forbind.connector.housing.client;

import dk.forbind.api.CprNumber;
import dk.forbind.connector.housing.casesystem.SystemBusyFault;
import dk.forbind.connector.housing.casesystem.UnknownCaseFault;
import dk.forbind.connector.housing.casesystem.ValidationFault;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import javax.xml.ws.WebServiceException;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.transport.http.HTTPException;

/**
 * What an answer of the case system means, so every caller reads it the same way: the Validation fault and a SOAP
 * Client fault are a {@link CaseSystemRefusal} (the request as it is can never pass); the UnknownCase fault a case
 * not found; the SystemBusy fault, a refused connection and HTTP 502/503/504 a {@link CaseSystemUnavailable}
 * (wait); a time-out, a Server fault and anything else a {@link CaseSystemFailure} (retry). Fault texts are the
 * remote system's words: CPR numbers in them are masked before they reach a reason or a log line.
 */
final class CaseSystemAnswers {
    private static final int RETRY_AFTER_OUTAGE_SECONDS = 5;

    /** A call of the generated interface. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final Duration receiveTimeout;

    CaseSystemAnswers(Duration receiveTimeout) {
        this.receiveTimeout = receiveTimeout;
    }

    <T> T of(String operation, Call<T> call) {
        try {
            return call.run();
        } catch (ValidationFault refused) {
            List<String> problems = refused.getFaultInfo() == null ? List.of(refused.getMessage())
                    : refused.getFaultInfo().getProblem();
            throw new CaseSystemRefusal("the case system refused " + operation,
                    problems.stream().map(CprNumber::maskedIn).toList());
        } catch (UnknownCaseFault unknown) {
            throw new CaseNotFound(unknown.getFaultInfo() == null ? "?" : unknown.getFaultInfo().getCaseId());
        } catch (SystemBusyFault busy) {
            int retryAfter = busy.getFaultInfo() == null ? RETRY_AFTER_OUTAGE_SECONDS
                    : Math.max(1, busy.getFaultInfo().getRetryAfterSeconds());
            throw new CaseSystemUnavailable("the case system is busy (SystemBusy fault to " + operation + ")",
                    retryAfter);
        } catch (SOAPFaultException fault) {
            String text = CprNumber.maskedIn(fault.getFault() == null ? fault.getMessage()
                    : fault.getFault().getFaultString());
            boolean client = fault.getFault() != null && fault.getFault().getFaultCodeAsQName() != null
                    && fault.getFault().getFaultCodeAsQName().getLocalPart().equals("Client");
            if (client) {
                throw new CaseSystemRefusal("the case system refused " + operation + " as malformed", List.of(text));
            }
            throw new CaseSystemFailure("the case system answered " + operation + " with a Server fault: " + text,
                    false);
        } catch (WebServiceException e) {
            throw transportFailure(operation, e);
        } catch (Exception e) {
            throw new CaseSystemFailure(operation + " failed: " + CprNumber.maskedIn(String.valueOf(e)), false);
        }
    }

    private RuntimeException transportFailure(String operation, WebServiceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return new CaseSystemUnavailable("the case system does not answer (" + t + ")",
                        RETRY_AFTER_OUTAGE_SECONDS);
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return new CaseSystemFailure("the case system gave no answer to " + operation + " within "
                        + receiveTimeout.toMillis() + " ms", true);
            }
            if (t instanceof HTTPException http) {
                int status = http.getResponseCode();
                if (status == 502 || status == 503 || status == 504) {
                    return new CaseSystemUnavailable("the case system answered HTTP " + status,
                            RETRY_AFTER_OUTAGE_SECONDS);
                }
                return new CaseSystemFailure("the case system answered " + operation + " with HTTP " + status, false);
            }
        }
        return new CaseSystemFailure(operation + " failed: " + CprNumber.maskedIn(String.valueOf(rootOf(e))), false);
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
