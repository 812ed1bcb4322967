package dk.forbind.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.jms.DeliveryMode;
import javax.jms.Destination;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageProducer;
import javax.jms.Queue;
import javax.jms.Session;
import javax.jms.TextMessage;

/**
 * The session of one batch as the route's sends see it: each queue is looked up and each producer made once per
 * batch, not once per send (the JMS template asks for both on every send, and each costs the broker a round trip
 * or a packet). Producers are closed when the batch ends; everything else goes to the batch's session.
 */
final class BatchSession implements InvocationHandler, AutoCloseable {
    private final Session session;
    private final Session proxy;
    private final Map<String, Queue> queues = new HashMap<>();
    private final Map<Destination, MessageProducer> producers = new HashMap<>();

    BatchSession(Session session) {
        this.session = session;
        this.proxy = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                this);
    }

    /** What the route's sends use; equal only to itself, as Spring's JMS resource holder expects. */
    Session forSends() {
        return proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            case "createQueue":
                return queue((String) args[0]);
            case "createProducer":
                if (args[0] != null) {
                    return producer((Destination) args[0]);
                }
                break;
            default:
                break;
        }
        return call(session, method, args);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Queue queue(String name) throws JMSException {
        Queue known = queues.get(name);
        if (known == null) {
            known = session.createQueue(name);
            queues.put(name, known);
        }
        return known;
    }

    private MessageProducer kept(Destination destination) throws JMSException {
        MessageProducer known = producers.get(destination);
        if (known == null) {
            known = session.createProducer(destination);
            producers.put(destination, known);
        }
        return known;
    }

    private MessageProducer producer(Destination destination) throws JMSException {
        MessageProducer kept = kept(destination);
        // the template closes its producer after each send: kept open for the rest of the batch
        return (MessageProducer) Proxy.newProxyInstance(MessageProducer.class.getClassLoader(),
                new Class<?>[] {MessageProducer.class},
                (self, method, args) -> method.getName().equals("close") ? null : call(kept, method, args));
    }

    /** Sends a persistent text message with string properties in the batch's transaction, without Camel. */
    void send(String queue, String body, Map<String, String> properties) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (property.getValue() != null) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
        }
        kept(queue(queue)).send(message, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY,
                Message.DEFAULT_TIME_TO_LIVE);
    }

    @Override
    public void close() throws JMSException {
        JMSException first = null;
        for (MessageProducer producer : producers.values()) {
            try {
                producer.close();
            } catch (JMSException e) {
                first = first == null ? e : first;
            }
        }
        producers.clear();
        if (first != null) {
            throw first;
        }
    }
}
