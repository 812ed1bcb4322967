package dk.forbind.connector.housing.client;

import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.CaseStatus;
import dk.forbind.connector.housing.casesystem.GetCaseStatusRequest;
import dk.forbind.connector.housing.casesystem.GetCaseStatusResponse;
import dk.forbind.connector.housing.casesystem.HousingCaseSystem;
import dk.forbind.connector.housing.casesystem.ListCasesRequest;
import dk.forbind.connector.housing.casesystem.ListCasesResponse;
import dk.forbind.connector.housing.casesystem.SubmitApplicationRequest;
import dk.forbind.connector.housing.casesystem.SubmitApplicationResponse;
import dk.forbind.connector.housing.casesystem.SystemBusy;
import dk.forbind.connector.housing.casesystem.SystemBusyFault;
import dk.forbind.connector.housing.casesystem.UnknownCase;
import dk.forbind.connector.housing.casesystem.UnknownCaseFault;
import dk.forbind.connector.housing.casesystem.ValidationFault;
import dk.forbind.connector.housing.casesystem.ValidationProblems;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jws.WebService;
import javax.xml.datatype.DatatypeFactory;

/**
 * A case system for the client's tests, answering over real SOAP on a local port as it is told: normally, with each
 * of its faults, or late. (The full simulator lives in forbind-sim-housing and is tested against the distribution.)
 */
@WebService(endpointInterface = "dk.forbind.connector.housing.casesystem.HousingCaseSystem",
        targetNamespace = "urn:forbind:housing:case-system:1", serviceName = "HousingCaseSystemService",
        portName = "HousingCaseSystemPort")
public class ScriptedCaseSystem implements HousingCaseSystem {
    enum Answer { NORMAL, VALIDATION, BUSY, UNKNOWN, LATE }

    volatile Answer answer = Answer.NORMAL;
    volatile long lateMillis = 3000;
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public SubmitApplicationResponse submitApplication(SubmitApplicationRequest request)
            throws SystemBusyFault, ValidationFault {
        answer();
        SubmitApplicationResponse response = new SubmitApplicationResponse();
        response.setCaseId("BS-2026-000042");
        response.setStatus(CaseStatus.RECEIVED);
        response.setReceivedAt(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2026-12-01T10:00:00Z"));
        return response;
    }

    @Override
    public ListCasesResponse listCases(ListCasesRequest request) throws SystemBusyFault, ValidationFault {
        answer();
        return new ListCasesResponse();
    }

    @Override
    public GetCaseStatusResponse getCaseStatus(GetCaseStatusRequest request)
            throws SystemBusyFault, UnknownCaseFault, ValidationFault {
        answer();
        if (answer == Answer.UNKNOWN) {
            UnknownCase unknown = new UnknownCase();
            unknown.setCaseId(request.getCaseId());
            throw new UnknownCaseFault("no such case", unknown);
        }
        Case found = new Case();
        found.setCaseId(request.getCaseId());
        found.setApplicantCpr(request.getApplicantCpr());
        found.setStatus(CaseStatus.UNDER_REVIEW);
        GetCaseStatusResponse response = new GetCaseStatusResponse();
        response.setCase(found);
        return response;
    }

    private void answer() throws SystemBusyFault, ValidationFault {
        calls.incrementAndGet();
        switch (answer) {
            case VALIDATION -> {
                ValidationProblems problems = new ValidationProblems();
                problems.getProblem().add("PostalCode 0555 is not a Danish postal code");
                problems.getProblem().add("ApplicantCpr 0101901234 has no such person");
                throw new ValidationFault("refused", problems);
            }
            case BUSY -> {
                SystemBusy busy = new SystemBusy();
                busy.setRetryAfterSeconds(7);
                throw new SystemBusyFault("busy", busy);
            }
            case LATE -> {
                try {
                    Thread.sleep(lateMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {
            }
        }
    }
}
