package dk.forbind.overview;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dk.forbind.overview.cfg}. */
@ObjectClassDefinition(name = "Forbind overview: what the authorities hold about a citizen")
public @interface OverviewConfig {
    String PID = "dk.forbind.overview";

    @AttributeDefinition(description = "How long the overview waits for each source, in milliseconds; a source that"
            + " has not answered by then is shown as not available now")
    long source_timeout_ms() default 3000;

    @AttributeDefinition(description = "Threads that ask the sources; a look-up that finds them all busy waits in"
            + " line within its time-out")
    int threads() default 16;

    @AttributeDefinition(description = "Look-ups waiting in line for a thread at most; beyond that a source is shown"
            + " as not available now at once")
    int queue() default 200;

    @AttributeDefinition(description = "Minimum NSIS level of assurance of the API's callers (Low, Substantial, High)")
    String api_minimum_loa() default "Substantial";
}
