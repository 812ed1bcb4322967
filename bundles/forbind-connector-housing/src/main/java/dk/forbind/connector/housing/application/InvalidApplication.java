package dk.forbind.connector.housing.application;

import java.util.List;

/** An application that is not one the case system can take, with every reason. */
public final class InvalidApplication extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> reasons;

    public InvalidApplication(List<String> reasons) {
        super("the application is not valid: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
