package dk.forbind.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code dk.forbind.core} (file {@code etc/dk.forbind.core.cfg}). */
@ObjectClassDefinition(name = "Forbind connector runtime",
        description = "Error handling and life cycle of every deployed connector")
public @interface CoreConfig {

    @AttributeDefinition(description = "Redeliveries of a failed message before it is parked on the dead-letter queue")
    int redelivery_maximum() default 3;

    @AttributeDefinition(description = "Delay before the first redelivery, in milliseconds")
    long redelivery_delay_ms() default 500;

    @AttributeDefinition(description = "Each further redelivery waits this many times longer")
    double redelivery_backoff_multiplier() default 2.0;

    @AttributeDefinition(description = "Upper bound of the redelivery delay, in milliseconds")
    long redelivery_maximum_delay_ms() default 30000;

    @AttributeDefinition(description = "How long a stopping connector may take to finish in-flight messages, in seconds; "
            + "what is still in flight then is rolled back to its queue")
    int drain_timeout_seconds() default 30;

    @AttributeDefinition(description = "How long a swap waits for the new version of a connector to start before it"
            + " rolls back, in seconds")
    int swap_start_timeout_seconds() default 60;

    @AttributeDefinition(description = "How long a swap waits for the first message taken by the new version, to"
            + " measure the pause, in seconds")
    int swap_first_message_wait_seconds() default 10;

    @AttributeDefinition(description = "Concurrent consumers per queue endpoint")
    int jms_concurrent_consumers() default 8;

    @AttributeDefinition(description = "Most messages a batch consumer (ForbindEndpoints.batches) takes in one"
            + " transaction; a connector may ask for another size")
    int batch_size() default 500;

    @AttributeDefinition(description = "How long a batch consumer waits for more messages after the first of a batch,"
            + " in milliseconds")
    long batch_wait_ms() default 50;

    @AttributeDefinition(description = "Receivers per batch-consumed queue, each with its own session and transaction")
    int batch_consumers() default 2;

    @AttributeDefinition(description = "First probe of a dependency that went down, in milliseconds; later probes"
            + " wait twice as long each time, with jitter")
    long dependency_probe_first_ms() default 1000;

    @AttributeDefinition(description = "Longest wait between two probes of a dependency that is down, in seconds")
    int dependency_probe_longest_seconds() default 30;

    @AttributeDefinition(description = "Time-out of one probe (database, HTTP), in seconds")
    int dependency_probe_timeout_seconds() default 5;

    @AttributeDefinition(description = "While a connector waits, how often its outage is logged again, in minutes")
    int dependency_reminder_minutes() default 5;

    @AttributeDefinition(description = "Days a completed batch file is remembered by its content; the same content"
            + " dropped again within this time is refused")
    int batch_files_retention_days() default 400;
}
