package dk.forbind.citizen;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dk.forbind.citizen.cfg}: the citizen pages' log-in and sessions. See docs/citizen.md. */
@ObjectClassDefinition(name = "Forbind citizen pages (Mit overblik)")
public @interface CitizenWebConfig {
    String PID = "dk.forbind.citizen";

    @AttributeDefinition(description = "Forbind's client secret at the eID broker (the client id and the broker are"
            + " those of etc/dk.forbind.eid.cfg)")
    String oidc_client_secret() default "";

    @AttributeDefinition(description = "Where the broker sends the browser back after log-in; registered at the"
            + " broker")
    String oidc_redirect_uri() default "http://localhost:8181/forbind/borger/login/callback";

    @AttributeDefinition(description = "How long the broker may take to answer, in milliseconds")
    int broker_timeout_ms() default 5000;

    @AttributeDefinition(description = "Minimum NSIS level of assurance of a log-in (Low, Substantial, High)")
    String minimum_loa() default "Substantial";

    @AttributeDefinition(description = "A session ends after this many minutes without a request")
    int session_idle_minutes() default 15;

    @AttributeDefinition(description = "A session ends this many minutes after log-in, however active")
    int session_max_minutes() default 480;

    @AttributeDefinition(description = "Sessions kept at most; the node refuses new log-ins beyond")
    int sessions_max() default 10000;

    @AttributeDefinition(description = "Send the session cookie only over HTTPS (browsers treat localhost as"
            + " secure); set false only for a test on another plain-HTTP host")
    boolean cookie_secure() default true;

    @AttributeDefinition(description = "Records per page of the usage log")
    int page_size() default 25;
}
