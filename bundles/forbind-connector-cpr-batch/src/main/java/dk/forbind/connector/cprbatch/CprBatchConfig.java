package dk.forbind.connector.cprbatch;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.connector.cprbatch} (file {@code etc/dk.forbind.connector.cprbatch.cfg}). */
@ObjectClassDefinition(name = "Forbind CPR batch connector")
public @interface CprBatchConfig {

    @AttributeDefinition(description = "Folder watched for batch files; done/ and failed/ are made inside it")
    String inbox() default "${karaf.base}/inbox/cpr";

    @AttributeDefinition(description = "Queue that receives one message per valid person record")
    String target_address() default "forbind.person-register.in";

    @AttributeDefinition(description = "Person records per broker transaction")
    int batch_size() default 500;

    @AttributeDefinition(description = "Milliseconds between polls of the inbox")
    long poll_delay_ms() default 1000;

    @AttributeDefinition(description = "Owning agency (CVR or MyndighedsID)")
    String agency() default "29190623";

    @AttributeDefinition(description = "Organisation the batch files come from, recorded as the source of every"
            + " data-access event")
    String source_org() default "CPR-kontoret (Det Centrale Personregister)";
}
