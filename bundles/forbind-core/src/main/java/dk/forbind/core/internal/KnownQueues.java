package dk.forbind.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.jms.Destination;
import javax.jms.JMSException;
import javax.jms.Session;
import org.springframework.jms.support.destination.DestinationResolver;

/**
 * Resolves a queue name once and keeps the answer: the broker's client asks the broker about a queue each time a
 * session looks one up by name, and the JMS template looks up its destination on every send. Topics are looked up
 * each time. At most a few thousand names are kept; past that the list starts again.
 */
final class KnownQueues implements DestinationResolver {
    private static final int MOST = 4096;

    private final Map<String, Destination> queues = new ConcurrentHashMap<>();

    @Override
    public Destination resolveDestinationName(Session session, String name, boolean pubSubDomain)
            throws JMSException {
        if (pubSubDomain) {
            return session.createTopic(name);
        }
        Destination known = queues.get(name);
        if (known == null) {
            if (queues.size() >= MOST) {
                queues.clear();
            }
            known = session.createQueue(name);
            queues.put(name, known);
        }
        return known;
    }
}
