package dk.forbind.digitalpost;

import dk.forbind.api.DependencyUnavailableException;
import java.time.Duration;

/**
 * So many letters are being read that this one found no turn in time: nothing is lost — over REST the caller is
 * told to try again (503), on the broker the letter waits on its queue.
 */
public class LettersBusy extends DependencyUnavailableException {
    private static final long serialVersionUID = 1L;

    public LettersBusy(Duration waited) {
        super(null, "so many letters are being read that this one found no turn within " + waited.toSeconds()
                + " s; it is taken in when it is handed in again");
    }
}
