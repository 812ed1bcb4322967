package dk.forbind.api;

import java.time.Instant;
import java.util.Map;

/** A message parked on a dead-letter queue, as an operator inspects it. */
public record DeadLetter(String messageId, String queue, String originalAddress, String error, Instant parkedAt,
                         Map<String, Object> properties, String body) {

    public DeadLetter {
        properties = Map.copyOf(properties);
    }
}
