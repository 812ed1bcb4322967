package dk.forbind.access;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@code dk.forbind.access} (file {@code etc/dk.forbind.access.cfg}): which CAs issue the
 * system certificates Forbind accepts, their revocation lists, and the grants ({@code grant.<name> = ...}, read
 * by {@link dk.forbind.access.grants.AccessGrants}). See docs/security.md.
 */
@ObjectClassDefinition(name = "Forbind agency access")
public @interface AccessConfig {

    @AttributeDefinition(description = "PEM file of the issuing CA certificates whose system certificates are"
            + " accepted (production: the OCES3 issuing CA)")
    String trusted_issuers_file();

    @AttributeDefinition(description = "Revocation lists (PEM or DER files, comma-separated), one per issuing CA;"
            + " an out-of-date list refuses every certificate of its CA")
    String revocation_lists() default "";

    @AttributeDefinition(description = "The NSIS level a system certificate counts as against an API's minimum")
    String system_loa() default "Substantial";
}
