package dk.forbind.core.dlq;

import dk.forbind.api.cluster.BrokerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Asks the broker about its queues through Artemis management messages, which work the same for the
 * embedded broker and an external one (the user needs the {@code manage} permission).
 */
public final class BrokerManagement {
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long REPLY_TIMEOUT_MS = 10_000;

    private final Connection connection;

    BrokerManagement(Connection connection) {
        this.connection = connection;
    }

    /** How many messages a queue holds, asked on a connection of its own. */
    public static long messageCount(ConnectionFactory factory, String queue) {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            return new BrokerManagement(connection).messageCount(queue);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot count the messages on " + queue + ": " + e.getMessage(), e);
        }
    }

    /** The broker this node is connected to, as it describes itself, asked on a connection of its own. */
    public static BrokerState state(ConnectionFactory factory) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            BrokerManagement broker = new BrokerManagement(connection);
            List<BrokerState.Pair> topology = new ArrayList<>();
            Object listed = broker.ask("broker.listNetworkTopology",
                    request -> JMSManagementHelper.putOperationInvocation(request, "broker", "listNetworkTopology"));
            for (Object member : parse(String.valueOf(listed))) {
                JsonObject node = (JsonObject) member;
                Object primary = node.containsKey("primary") ? node.get("primary") : node.get("live");
                topology.add(new BrokerState.Pair(primary == null ? null : primary.toString(),
                        node.get("backup") == null ? null : node.get("backup").toString()));
            }
            return new BrokerState(String.valueOf(broker.attribute("broker", "name")),
                    Boolean.TRUE.equals(broker.attribute("broker", "backup")),
                    String.valueOf(broker.attribute("broker", "HAPolicy")),
                    Boolean.TRUE.equals(broker.attribute("broker", "replicaSync")), topology);
        }
    }

    private static JsonArray parse(String json) throws JMSException {
        try {
            Object parsed = Jsoner.deserialize(json);
            return parsed instanceof JsonArray array ? array : new JsonArray();
        } catch (Exception e) {
            throw new JMSException("unreadable network topology: " + e.getMessage());
        }
    }

    /** The depth of each queue whose name passes {@code which}, sorted by name. */
    static Map<String, Long> depths(ConnectionFactory factory, Predicate<String> which) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            BrokerManagement broker = new BrokerManagement(connection);
            Map<String, Long> depths = new TreeMap<>();
            for (String queue : broker.queueNames()) {
                if (which.test(queue)) {
                    depths.put(queue, broker.messageCount(queue));
                }
            }
            return depths;
        }
    }

    String[] queueNames() throws JMSException {
        Object[] names = (Object[]) attribute("broker", "queueNames");
        String[] result = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = String.valueOf(names[i]);
        }
        return result;
    }

    long messageCount(String queue) throws JMSException {
        return ((Number) attribute("queue." + queue, "messageCount")).longValue();
    }

    private static Object result(Message reply) throws JMSException {
        try {
            return JMSManagementHelper.getResult(reply);
        } catch (JMSException e) {
            throw e;
        } catch (Exception e) {
            JMSException failure = new JMSException("unreadable management reply: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    private Object attribute(String resource, String attribute) throws JMSException {
        return ask(resource + "." + attribute, request -> JMSManagementHelper.putAttribute(request, resource,
                attribute));
    }

    /** How a management request names what it asks. */
    private interface Question {
        void putInto(Message request) throws Exception;
    }

    private Object ask(String what, Question question) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = session.createTemporaryQueue();
            try (MessageProducer producer = session.createProducer(session.createQueue(MANAGEMENT_ADDRESS));
                 MessageConsumer consumer = session.createConsumer(replies)) {
                Message request = session.createMessage();
                request.setJMSReplyTo(replies);
                try {
                    question.putInto(request);
                } catch (JMSException e) {
                    throw e;
                } catch (Exception e) {
                    throw new JMSException("cannot ask the broker for " + what + ": " + e.getMessage());
                }
                producer.send(request);
                Message reply = consumer.receive(REPLY_TIMEOUT_MS);
                if (reply == null) {
                    throw new JMSException("the broker did not answer a management request for " + what + " within "
                            + REPLY_TIMEOUT_MS + " ms");
                }
                if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                    throw new JMSException("the broker refused to tell " + what + ": " + result(reply));
                }
                return result(reply);
            } finally {
                replies.delete();
            }
        }
    }
}
