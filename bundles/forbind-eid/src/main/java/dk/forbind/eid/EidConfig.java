package dk.forbind.eid;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.eid} (file {@code etc/dk.forbind.eid.cfg}); see docs/eid.md. */
@ObjectClassDefinition(name = "Forbind eID (MitID / NemLog-in)")
public @interface EidConfig {

    @AttributeDefinition(description = "Issuer (iss) of the OIDC broker's tokens")
    String oidc_issuer();

    @AttributeDefinition(description = "Audience (aud) the tokens must name: Forbind's client id at the broker")
    String oidc_audience();

    @AttributeDefinition(description = "The broker's JWKS: an https URL (cached, refreshed on unknown kid)")
    String oidc_jwks_url() default "";

    @AttributeDefinition(description = "Or a JWKS file, instead of the URL")
    String oidc_jwks_file() default "";

    @AttributeDefinition(description = "Minutes the JWKS is cached")
    int oidc_jwks_cache_minutes() default 15;

    @AttributeDefinition(description = "Accepted signature algorithms (asymmetric only)")
    String oidc_algorithms() default "RS256, PS256, ES256";

    @AttributeDefinition(description = "Clock skew allowed on exp, nbf and iat, in seconds (at most 300)")
    int clock_skew_seconds() default 60;

    @AttributeDefinition(description = "The longest a token may be valid (iat or nbf to exp), in minutes (1 to 1440)")
    int max_lifetime_minutes() default 60;
}
