package dk.forbind.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Session;

/**
 * A connection factory whose next transacted commit can be made to fail as a crash would: its connection is closed
 * first, so the broker discards the transaction — what a node killed between its database and broker commits leaves.
 */
final class CrashingBroker implements ConnectionFactory {
    private final ConnectionFactory broker;
    private final AtomicBoolean crashNext = new AtomicBoolean();
    private final AtomicBoolean crashed = new AtomicBoolean();

    CrashingBroker(ConnectionFactory broker) {
        this.broker = broker;
    }

    void crashAtNextCommit() {
        crashNext.set(true);
    }

    boolean crashed() {
        return crashed.get();
    }

    @Override
    public Connection createConnection() throws JMSException {
        return watched(broker.createConnection());
    }

    @Override
    public Connection createConnection(String user, String password) throws JMSException {
        return watched(broker.createConnection(user, password));
    }

    private Connection watched(Connection connection) {
        return proxy(Connection.class, (self, method, args) -> {
            Object result = invoke(connection, method, args);
            return result instanceof Session session ? watched(session, connection) : result;
        });
    }

    private Session watched(Session session, Connection connection) {
        return proxy(Session.class, (self, method, args) -> {
            if (method.getName().equals("commit") && crashNext.getAndSet(false)) {
                crashed.set(true);
                connection.close();
                throw new JMSException("simulated crash before the broker commit");
            }
            return invoke(session, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A proxy equal only to itself, as Spring's JMS resource holder expects of the session it holds. */
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        InvocationHandler identity = (self, method, args) -> switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> handler.invoke(self, method, args);
        };
        return type.cast(Proxy.newProxyInstance(CrashingBroker.class.getClassLoader(), new Class<?>[] {type},
                identity));
    }

    // JMS 2.0 contexts are not used by the platform
    @Override
    public javax.jms.JMSContext createContext() {
        throw new UnsupportedOperationException();
    }

    @Override
    public javax.jms.JMSContext createContext(String userName, String password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public javax.jms.JMSContext createContext(String userName, String password, int sessionMode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public javax.jms.JMSContext createContext(int sessionMode) {
        throw new UnsupportedOperationException();
    }
}
