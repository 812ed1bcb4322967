package dk.forbind.connector.housing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The housing-benefit connector's configuration: {@code etc/dk.forbind.housing.cfg}. */
@ObjectClassDefinition(name = "Forbind housing-benefit connector", description = "Citizens' housing-benefit"
        + " applications and cases, through the agency's legacy SOAP case system")
public @interface HousingConfig {
    String PID = "dk.forbind.housing";

    @AttributeDefinition(description = "The case system's SOAP endpoint (its WSDL at <url>?wsdl)")
    String casesystem_url() default "http://localhost:8181/forbind/sim/housing/cases";

    @AttributeDefinition(description = "PKCS12 keystore with the key and certificate the connector signs its SOAP"
            + " requests with (WS-Security); empty: requests go unsigned", required = false)
    String casesystem_signing_keystore() default "";

    @AttributeDefinition(description = "Alias of the signing key in the keystore")
    String casesystem_signing_alias() default "forbind-node";

    @AttributeDefinition(description = "Password of the keystore and its key", type = AttributeType.PASSWORD,
            required = false)
    String casesystem_signing_password() default "";

    @AttributeDefinition(description = "CVR of the authority that owns the connector and sends the decision letters")
    String agency() default "29190623";

    @AttributeDefinition(description = "The authority's name on decision letters")
    String agency_name() default "Boligstøtte";

    @AttributeDefinition(description = "Milliseconds to open a connection to the case system")
    int connect_timeout_ms() default 3000;

    @AttributeDefinition(description = "Milliseconds to wait for the case system's answer to one call")
    int receive_timeout_ms() default 10000;

    @AttributeDefinition(description = "Circuit breaker: percent of failed calls among the last breaker.window that"
            + " opens it")
    int breaker_failure_rate() default 50;

    @AttributeDefinition(description = "Circuit breaker: how many of the latest calls it judges by")
    int breaker_window() default 10;

    @AttributeDefinition(description = "Circuit breaker: calls it needs before it judges at all")
    int breaker_minimum_calls() default 5;

    @AttributeDefinition(description = "Circuit breaker: seconds it stays open before trial calls are let through")
    int breaker_open_seconds() default 30;

    @AttributeDefinition(description = "Circuit breaker: trial calls let through when it half opens")
    int breaker_trial_calls() default 3;

    @AttributeDefinition(description = "Seconds between looks for decisions on open cases")
    int decision_poll_seconds() default 30;

    @AttributeDefinition(description = "Open cases asked about per look")
    int decision_poll_batch() default 100;

    @AttributeDefinition(description = "Minimum NSIS level of the citizen API's callers (Substantial or High)")
    String api_minimum_loa() default "Substantial";
}
