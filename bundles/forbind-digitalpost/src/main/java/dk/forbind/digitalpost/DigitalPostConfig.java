package dk.forbind.digitalpost;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dk.forbind.digitalpost.cfg}: where Digital Post is, and what the platform accepts from agencies. */
@ObjectClassDefinition(name = "Forbind Digital Post")
public @interface DigitalPostConfig {
    String PID = "dk.forbind.digitalpost";

    @AttributeDefinition(description = "Base URL of Digital Post's SF1601 service: registration look-ups at"
            + " <url>/registrations/<CPR|CVR>/<id>, kombi requests at <url>/kombi")
    String digitalpost_url();

    @AttributeDefinition(description = "PKCS#12 keystore with the node's OCES3 system certificate for Digital Post"
            + " (mutual TLS); empty for none")
    String tls_keystore() default "";

    String tls_keystore_password() default "";

    @AttributeDefinition(description = "The agency operating this node's Digital Post connector (CVR)")
    String agency() default "29190623";

    @AttributeDefinition(description = "How long a registration look-up is trusted")
    int registration_cache_seconds() default 300;

    int connect_timeout_seconds() default 5;

    @AttributeDefinition(description = "A send that has no answer after this long is retried")
    int send_timeout_seconds() default 30;

    int letter_max_megabytes() default 15;

    int file_max_megabytes() default 10;

    @AttributeDefinition(description = "MIME types a letter's files may have, comma-separated")
    String file_types() default "application/pdf,text/plain,text/html,image/png,image/jpeg,image/tiff";

    @AttributeDefinition(description = "How many letters are read and checked at a time (each briefly needs a few"
            + " times its size in memory); more wait, for at most reading.wait.seconds")
    int concurrent_readings() default 4;

    @AttributeDefinition(description = "How long a letter waits for its turn to be read before the caller is told"
            + " to try again (HTTP 503)")
    int reading_wait_seconds() default 30;

    @AttributeDefinition(description = "Days a settled (delivered or failed) letter's content is kept")
    int content_retention_days() default 30;

    @AttributeDefinition(description = "Minimum NSIS level of the letter API's callers")
    String api_minimum_loa() default "Substantial";
}
