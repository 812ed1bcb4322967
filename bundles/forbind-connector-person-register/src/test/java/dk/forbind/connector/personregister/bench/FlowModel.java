package dk.forbind.connector.personregister.bench;

import dk.forbind.api.person.PersonRecord;
import dk.forbind.core.DataAccessEventJson;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SampleAccessEvents;
import dk.forbind.fixtures.SamplePerson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.DeliveryMode;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * (c) The ceiling this flow's design allows: the CPR flow in plain JMS and JDBC with batched transactions — the same
 * hops, the same transparency events, the same database writes. The batch file's fixed-width records go to the
 * record queue with the properties the platform gives them (file, line, correlation id, duplicate-detection id), one
 * JMS transaction per batch; the record stage turns a batch of records into person messages and sends one
 * data-access event per record; the register upserts a batch of persons (one database transaction, durable) and
 * sends one event per person, then commits the broker; the registry appends a batch of events to a hash chain (one
 * database transaction, durable), then commits the broker. Persons per second from the first record sent until the
 * last event is chained.
 */
final class FlowModel {
    private static final String RECORDS = "bench.flow.records";
    private static final String PERSONS = "bench.flow.persons";
    private static final String EVENTS = "bench.flow.events";
    private static final String CHAIN = "CREATE TABLE IF NOT EXISTS bench_event (seq BIGINT PRIMARY KEY,"
            + " event_id VARCHAR(64) NOT NULL UNIQUE, body VARCHAR(4000) NOT NULL, prev_hash CHAR(64),"
            + " hash CHAR(64) NOT NULL)";

    private final ConnectionFactory broker;
    private final DatabaseLimits persons;
    private final String url;
    private final int batch;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    FlowModel(ConnectionFactory broker, DatabaseLimits persons, String url, int batch) {
        this.broker = broker;
        this.persons = persons;
        this.url = url;
        this.batch = batch;
    }

    double run(List<SamplePerson> file) throws Exception {
        long start = System.nanoTime();
        List<Thread> stages = List.of(
                stage("flow-file", () -> publish(file)),
                stage("flow-records", () -> records(file.size())),
                stage("flow-register", () -> register(file.size())),
                stage("flow-registry", () -> chain(2 * file.size())));
        for (Thread stage : stages) {
            stage.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return file.size() / ((System.nanoTime() - start) / 1e9);
    }

    private Thread stage(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }, name);
        thread.start();
        return thread;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The batch file: each fixed-width record to the record queue, one JMS transaction per batch. */
    private void publish(List<SamplePerson> file) throws JMSException {
        String run = Long.toString(System.nanoTime());
        try (Connection connection = broker.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer records = producer(session, RECORDS);
            for (int i = 0; i < file.size(); i++) {
                TextMessage record = session.createTextMessage(CprBatchFile.personLine(file.get(i)));
                record.setStringProperty("ForbindSourceFile", "persons.txt");
                record.setStringProperty("ForbindSourceLine", Integer.toString(i + 2));
                record.setStringProperty("ForbindBulk", "true");
                record.setStringProperty("ForbindCorrelationId", UUID.nameUUIDFromBytes(
                        (run + ":" + i).getBytes(StandardCharsets.US_ASCII)).toString());
                record.setStringProperty("_AMQ_DUPL_ID", "bench:" + run + ":" + i);
                records.send(record);
                if ((i + 1) % batch == 0 || i == file.size() - 1) {
                    session.commit();
                }
            }
        }
    }

    /** The record stage: a batch of records read into person messages, one event each, one JMS transaction. */
    private void records(int expected) throws Exception {
        try (Connection connection = broker.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(RECORDS));
            MessageProducer persons = producer(session, PERSONS);
            MessageProducer events = producer(session, EVENTS);
            for (int done = 0; done < expected; ) {
                List<String> lines = receive(consumer, Math.min(batch, expected - done));
                for (String line : lines) {
                    SamplePerson p = new SamplePerson(line.substring(3, 13), line.substring(13, 63).strip(),
                            line.substring(63, 103).strip(), line.substring(103, 143).strip(),
                            line.substring(143, 147), line.substring(147).strip());
                    persons.send(session.createTextMessage(new PersonRecord(p.cpr(), p.firstNames(), p.surname(),
                            p.street(), p.postcode(), p.city()).toJson()));
                    events.send(session.createTextMessage(event(p)));
                }
                session.commit();
                done += lines.size();
            }
        }
    }

    /** The person register: a batch of persons upserted (database first), their events sent, then the broker. */
    private void register(int expected) throws Exception {
        try (Connection connection = broker.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(PERSONS));
            MessageProducer events = producer(session, EVENTS);
            for (int done = 0; done < expected; ) {
                List<SamplePerson> persons = new ArrayList<>();
                for (String body : receive(consumer, Math.min(batch, expected - done))) {
                    JsonObject r = (JsonObject) Jsoner.deserialize(body);
                    persons.add(new SamplePerson(r.getString("cpr"), r.getString("firstNames"), r.getString("surname"),
                            r.getString("street"), r.getString("postcode"), r.getString("city")));
                }
                this.persons.upsert(persons, batch);
                for (SamplePerson p : persons) {
                    events.send(session.createTextMessage(event(p)));
                }
                session.commit();
                done += persons.size();
            }
        }
    }

    /** The registry: a batch of events linked into the hash chain (database first), then the broker. */
    private void chain(int expected) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection connection = broker.createConnection();
             java.sql.Connection database = DriverManager.getConnection(url)) {
            try (Statement statement = database.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_event"); // a chain of its own each run
                statement.execute(CHAIN);
            }
            database.setAutoCommit(false);
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(EVENTS));
            String hash = null;
            long seq = 0;
            try (PreparedStatement insert = database.prepareStatement(
                    "INSERT INTO bench_event (seq, event_id, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
                while (seq < expected) {
                    for (String body : receive(consumer, (int) Math.min(batch, expected - seq))) {
                        sha.update((hash == null ? "" : hash).getBytes(StandardCharsets.US_ASCII));
                        String next = HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
                        insert.setLong(1, ++seq);
                        insert.setString(2, DataAccessEventJson.read(body).eventId());
                        insert.setString(3, body);
                        insert.setString(4, hash);
                        insert.setString(5, next);
                        insert.addBatch();
                        hash = next;
                    }
                    insert.executeBatch();
                    DatabaseLimits.commitDurably(database);
                    session.commit();
                }
            }
        }
    }

    private static List<String> receive(MessageConsumer consumer, int count) throws JMSException {
        List<String> bodies = new ArrayList<>(count);
        while (bodies.size() < count) {
            Message message = consumer.receive(bodies.isEmpty() ? 30_000 : 50);
            if (message == null) {
                if (bodies.isEmpty()) {
                    throw new IllegalStateException("the flow stalled: nothing came for 30 s");
                }
                break;
            }
            bodies.add(((TextMessage) message).getText());
        }
        return bodies;
    }

    private static MessageProducer producer(Session session, String queue) throws JMSException {
        MessageProducer producer = session.createProducer(session.createQueue(queue));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        return producer;
    }

    private static String event(SamplePerson person) {
        return DataAccessEventJson.write(SampleAccessEvents.about(person.cpr(), Instant.now()));
    }
}
