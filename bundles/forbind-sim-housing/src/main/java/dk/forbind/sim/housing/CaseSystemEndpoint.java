package dk.forbind.sim.housing;

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
import java.util.List;
import javax.jws.WebService;

/**
 * DEVELOPMENT AND TESTS ONLY. The simulated case system's SOAP operations, implementing the interface generated
 * from the case system's WSDL: each answer takes the mode's latency; in FAULTY mode every call gets the SystemBusy
 * fault; an application that breaks the system's rules gets the Validation fault listing them all; a case the
 * applicant does not have gets the UnknownCase fault. (Requests that break the schema never get here: the endpoint
 * validates them first.)
 */
@WebService(endpointInterface = "dk.forbind.connector.housing.casesystem.HousingCaseSystem",
        targetNamespace = "urn:forbind:housing:case-system:1", serviceName = "HousingCaseSystemService",
        portName = "HousingCaseSystemPort")
public class CaseSystemEndpoint implements HousingCaseSystem {
    private final SimulatedCaseSystem system;

    CaseSystemEndpoint(SimulatedCaseSystem system) {
        this.system = system;
    }

    @Override
    public SubmitApplicationResponse submitApplication(SubmitApplicationRequest request)
            throws SystemBusyFault, ValidationFault {
        answerInTurn();
        List<String> problems = system.register().problems(request.getApplication());
        if (!problems.isEmpty()) {
            ValidationProblems listed = new ValidationProblems();
            listed.getProblem().addAll(problems);
            throw new ValidationFault("The application breaks " + problems.size() + " rule(s) of the case system",
                    listed);
        }
        CaseRegister.OpenCase opened = system.register().open(request.getApplication());
        SubmitApplicationResponse response = new SubmitApplicationResponse();
        response.setCaseId(opened.caseId());
        response.setStatus(system.register().view(opened).getStatus());
        response.setReceivedAt(CaseRegister.xmlTime(opened.receivedAt()));
        return response;
    }

    @Override
    public GetCaseStatusResponse getCaseStatus(GetCaseStatusRequest request)
            throws SystemBusyFault, UnknownCaseFault {
        answerInTurn();
        CaseRegister.OpenCase found = system.register().find(request.getApplicantCpr(), request.getCaseId())
                .orElseThrow(() -> {
                    UnknownCase unknown = new UnknownCase();
                    unknown.setCaseId(request.getCaseId());
                    return new UnknownCaseFault("No case " + request.getCaseId() + " for this applicant", unknown);
                });
        GetCaseStatusResponse response = new GetCaseStatusResponse();
        response.setCase(system.register().view(found));
        return response;
    }

    @Override
    public ListCasesResponse listCases(ListCasesRequest request) throws SystemBusyFault {
        answerInTurn();
        ListCasesResponse response = new ListCasesResponse();
        system.register().of(request.getApplicantCpr()).forEach(c -> response.getCase().add(system.register().view(c)));
        return response;
    }

    private void answerInTurn() throws SystemBusyFault {
        try {
            Thread.sleep(system.latency().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (system.state().mode() == SimulatedCaseSystem.Mode.FAULTY) {
            SystemBusy busy = new SystemBusy();
            busy.setRetryAfterSeconds(system.busyRetrySeconds());
            throw new SystemBusyFault("The case system is busy; try again in " + system.busyRetrySeconds() + " s",
                    busy);
        }
    }
}
