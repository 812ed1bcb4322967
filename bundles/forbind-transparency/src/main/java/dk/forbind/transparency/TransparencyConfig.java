package dk.forbind.transparency;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.transparency} (file {@code etc/dk.forbind.transparency.cfg}). */
@ObjectClassDefinition(name = "Forbind transparency registry")
public @interface TransparencyConfig {

    @AttributeDefinition(description = "EC P-256 private key that signs checkpoints (PKCS#8 PEM); generated at"
            + " first start, owner-only")
    String signing_key_file() default "${karaf.etc}/forbind-transparency-signing.pem";

    @AttributeDefinition(description = "Its public key (X.509 PEM), for auditors")
    String signing_public_key_file() default "${karaf.etc}/forbind-transparency-signing.pub.pem";

    @AttributeDefinition(description = "Secret of the keyed hash that subjects are stored under (base64, 32 bytes);"
            + " generated at first start, owner-only. Losing it makes stored records unfindable by subject")
    String subject_key_file() default "${karaf.etc}/forbind-transparency-subject.key";

    @AttributeDefinition(description = "Events stored per database transaction")
    int batch_size() default 500;

    @AttributeDefinition(description = "Longest wait, in ms, to fill a batch once its first event has arrived")
    long batch_wait_ms() default 200;

    @AttributeDefinition(description = "A signed checkpoint after this many records")
    int checkpoint_interval() default 1000;

    @AttributeDefinition(description = "Also sign a checkpoint when no event arrived for this many seconds")
    int checkpoint_idle_seconds() default 10;

    @AttributeDefinition(description = "Records older than this many days are purged (0 keeps everything)")
    int retention_days() default 0;

    @AttributeDefinition(description = "Lowest NSIS level of assurance the transparency API accepts: Low,"
            + " Substantial or High")
    String api_minimum_loa() default "Substantial";
}
