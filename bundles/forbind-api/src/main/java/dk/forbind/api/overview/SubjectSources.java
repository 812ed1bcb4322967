package dk.forbind.api.overview;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.auth.ForbindPrincipal;
import java.util.List;

/** The connectors on this node that offer a {@link SubjectLookup}, and the way to ask one of them. */
public interface SubjectSources {

    /** A connector that offers a subject look-up, and what its look-up is called. */
    record Source(String connector, String agency, Wording title) {
    }

    /** The connectors deployed on this node that offer a look-up, whether running or not. */
    List<Source> sources();

    /**
     * Asks one connector, inside its routing context, what it holds about {@code subject} on behalf of
     * {@code asker}; the look-up is recorded in the transparency registry. Blocks until the connector answers.
     *
     * @throws DependencyUnavailableException when the connector is not running or offers no look-up
     * @throws Exception                      what the connector's look-up threw
     */
    Holdings ask(String connector, DataSubject subject, ForbindPrincipal asker) throws Exception;
}
