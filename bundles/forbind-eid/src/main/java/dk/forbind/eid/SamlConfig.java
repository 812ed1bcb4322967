package dk.forbind.eid;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.eid.saml} (file {@code etc/dk.forbind.eid.saml.cfg}); see docs/eid.md. */
@ObjectClassDefinition(name = "Forbind eID (NemLog-in OIOSAML 3)")
public @interface SamlConfig {

    @AttributeDefinition(description = "The identity provider's SAML metadata file (NemLog-in's), with its signing"
            + " certificates")
    String idp_metadata_file() default "";

    @AttributeDefinition(description = "Or its URL (https; plain http only on localhost), read at first use and"
            + " again after metadata.cache.minutes")
    String idp_metadata_url() default "";

    @AttributeDefinition(description = "Minutes metadata read from a URL is kept")
    int metadata_cache_minutes() default 60;

    @AttributeDefinition(description = "Forbind's SAML entity id: the Audience assertions must name")
    String audience();

    @AttributeDefinition(description = "Clock skew allowed on NotBefore / NotOnOrAfter, in seconds")
    int clock_skew_seconds() default 60;

    @AttributeDefinition(description = "The longest an assertion may be valid (IssueInstant or NotBefore to"
            + " NotOnOrAfter), in minutes (1 to 1440)")
    int max_lifetime_minutes() default 60;
}
