package dk.forbind.connector.housing.client;

import dk.forbind.api.InvalidMessageException;
import java.util.List;

/**
 * The case system refused a request as it is: its Validation fault (the rules it breaks, each listed) or a SOAP
 * Client fault (a request its schema refuses). Sending it again cannot help, so it is never retried.
 */
public class CaseSystemRefusal extends InvalidMessageException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public CaseSystemRefusal(String message, List<String> problems) {
        super(message + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
