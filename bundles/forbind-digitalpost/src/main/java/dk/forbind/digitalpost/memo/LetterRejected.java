package dk.forbind.digitalpost.memo;

import dk.forbind.api.InvalidMessageException;
import java.util.List;

/**
 * A letter that cannot be sent as it is, with every reason found (not only the first): the schema's findings and
 * the rules' ({@link LetterRules}). On the broker it is parked at once with these reasons; over REST it is a 400
 * listing them.
 */
public class LetterRejected extends InvalidMessageException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public LetterRejected(List<String> reasons) {
        super("letter rejected: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public LetterRejected(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
