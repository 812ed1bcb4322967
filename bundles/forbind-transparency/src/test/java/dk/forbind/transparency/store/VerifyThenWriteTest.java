package dk.forbind.transparency.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Verification hands its connection back as it took it: on a pool, the next user of that connection — the
 * registry's own writer, a connector — must be able to write (PostgreSQL refuses writes on a read-only one).
 */
class VerifyThenWriteTest {

    @Test
    void theRegistryWritesOnTheConnectionVerificationUsedBefore() throws Exception {
        RegistryDatabase registry = new RegistryDatabase("postgresql", 10);
        try (Connection pooled = registry.dataSource.getConnection()) {
            DataSource onePooledConnection = oneConnectionPool(pooled);
            EventLog log = new EventLog(onePooledConnection, registry.subjectKey, registry.signer, Clock.systemUTC(), 10);
            log.append(events(3, Instant.parse("2026-01-01T08:00:00Z")));
            pooled.setAutoCommit(true); // as the pool hands it out

            ChainVerification verified = new ChainVerifier(onePooledConnection, registry.signer, Clock.systemUTC())
                    .verify();
            assertTrue(verified.ok(), verified.summary());
            assertFalse(pooled.isReadOnly(), "the connection went back read-write");
            assertTrue(pooled.getAutoCommit(), "and in auto-commit, as it was taken");

            log.append(events(2, Instant.parse("2026-01-01T09:00:00Z")));
            ChainVerification after = registry.verifier().verify();
            assertTrue(after.ok(), after.summary());
            assertEquals(5, after.lastSeq());
        }
    }

    /** A data source that hands out one physical connection whose close returns it, like a pool. */
    private static DataSource oneConnectionPool(Connection physical) {
        Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close") ? null
                        : Proxies.invoke(physical, method, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<DataAccessEvent> events(int count, Instant from) {
        return IntStream.range(0, count)
                .mapToObj(i -> SampleAccessEvents.about(SampleAccessEvents.CITIZEN, from.plusSeconds(i))).toList();
    }
}
