package dk.forbind.routefiles;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.routes} (file {@code etc/dk.forbind.routes.cfg}). */
@ObjectClassDefinition(name = "Forbind route files")
public @interface RouteFilesConfig {

    @AttributeDefinition(description = "Folder of route-file connectors: <name>.xml with <name>.properties beside it")
    String directory() default "${karaf.base}/routes";

    @AttributeDefinition(description = "Seconds between looks for new, changed and removed route files")
    int scan_interval_seconds() default 5;
}
