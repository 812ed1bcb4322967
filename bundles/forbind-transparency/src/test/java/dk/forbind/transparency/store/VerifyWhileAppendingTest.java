package dk.forbind.transparency.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.transparency.ChainVerification;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.fixtures.SampleAccessEvents;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry keeps taking events while an auditor verifies it: a batch that commits after the walk has read
 * the records must not look like records the head claims but the walk did not find.
 */
class VerifyWhileAppendingTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aBatchCommittedDuringTheWalkIsLeftForTheNextVerification(String database) throws Exception {
        RegistryDatabase registry = new RegistryDatabase(database, 10);
        registry.log.append(events(12, Instant.parse("2026-01-01T08:00:00Z")));
        DataSource appendingMeanwhile = appendAfterRecordsAreRead(registry);

        ChainVerification during = new ChainVerifier(appendingMeanwhile, registry.signer, Clock.systemUTC()).verify();
        assertTrue(during.ok(), during.summary());
        assertEquals(12, during.lastSeq());

        ChainVerification after = registry.verifier().verify();
        assertTrue(after.ok(), after.summary());
        assertEquals(17, after.lastSeq(), "the batch appended during the first walk is verified by the next");
    }

    /** A data source whose query of the records lets another writer commit five events before it returns. */
    private static DataSource appendAfterRecordsAreRead(RegistryDatabase registry) {
        InvocationHandler dataSource = (proxy, method, args) -> {
            Object result = Proxies.invoke(registry.dataSource, method, args);
            return result instanceof Connection ? connection((Connection) result, registry) : result;
        };
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                dataSource);
    }

    private static Connection connection(Connection real, RegistryDatabase registry) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = Proxies.invoke(real, method, args);
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).contains("ORDER BY seq")) {
                        PreparedStatement query = (PreparedStatement) result;
                        return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                                    Object answer = Proxies.invoke(query, m, a);
                                    if (m.getName().equals("executeQuery")) {
                                        registry.log.append(events(5, Instant.parse("2026-01-02T08:00:00Z")));
                                    }
                                    return answer;
                                });
                    }
                    return result;
                });
    }

    private static List<DataAccessEvent> events(int count, Instant from) {
        List<DataAccessEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(SampleAccessEvents.about(SampleAccessEvents.CITIZEN, from.plusSeconds(i)));
        }
        return events;
    }
}
