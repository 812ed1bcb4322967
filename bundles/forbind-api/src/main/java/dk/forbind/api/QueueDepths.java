package dk.forbind.api;

import java.util.Map;

/** How many messages wait on the node's queues: Forbind's addresses and their dead-letter queues. */
public interface QueueDepths {

    /**
     * Queue name to messages waiting, sorted by name.
     *
     * @throws IllegalStateException when the broker cannot be asked
     */
    Map<String, Long> depths();
}
