package dk.forbind.connector.housing.shell;

import dk.forbind.connector.housing.HousingBenefit;
import dk.forbind.connector.housing.client.CaseSystemBreaker;
import java.sql.SQLException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The housing-benefit connector at a glance: the case system, its circuit breaker, and the applications. */
@Command(scope = "forbind", name = "housing", description = "Shows the housing-benefit connector's case system, its"
        + " circuit breaker and how many applications are in each status")
@Service
public class HousingCommand implements Action {

    @Reference
    private HousingBenefit housing;

    @Override
    public Object execute() {
        CaseSystemBreaker breaker = housing.caseSystem().breaker();
        System.out.println("Case system:      " + housing.caseSystem().url());
        System.out.println("Circuit breaker:  " + breaker.state() + breaker.problem().map(p -> " - " + p).orElse("")
                + " (" + breaker.bufferedCalls() + " recent calls, failure rate "
                + (breaker.failureRate() < 0 ? "not judged yet" : Math.round(breaker.failureRate()) + " %") + ")");
        try {
            System.out.println("Applications:     " + String.join(", ", housing.table().counts()));
        } catch (SQLException e) {
            System.err.println("Applications:     the database does not answer: " + e.getMessage());
        }
        return null;
    }
}
