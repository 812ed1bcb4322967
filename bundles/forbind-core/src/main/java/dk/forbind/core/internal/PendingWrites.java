package dk.forbind.core.internal;

import dk.forbind.core.BatchWrite;
import dk.forbind.core.DurableCommit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Items waiting to be written, per database and per write, in the order they were added. */
final class PendingWrites {
    private final Map<DataSource, Map<BatchWrite<?>, List<Object>>> byDatabase = new LinkedHashMap<>();
    private int items;

    void add(BatchWrite<?> write, Object item) {
        byDatabase.computeIfAbsent(write.dataSource(), d -> new LinkedHashMap<>())
                .computeIfAbsent(write, w -> new ArrayList<>()).add(item);
        items++;
    }

    void addAll(PendingWrites other) {
        other.byDatabase.forEach((database, writes) -> writes.forEach((write, list) -> list.forEach(
                item -> add(write, item))));
    }

    int items() {
        return items;
    }

    /** Writes everything, one transaction per database, each committed durably; a failure rolls its database back. */
    void commit() throws SQLException {
        for (Map.Entry<DataSource, Map<BatchWrite<?>, List<Object>>> database : byDatabase.entrySet()) {
            try (Connection connection = database.getKey().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    for (Map.Entry<BatchWrite<?>, List<Object>> write : database.getValue().entrySet()) {
                        writeAll(connection, write.getKey(), write.getValue());
                    }
                    connection.commit();
                    DurableCommit.forceToDisk(connection);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }
        byDatabase.clear();
        items = 0;
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeAll(Connection connection, BatchWrite<T> write, List<Object> items)
            throws SQLException {
        write.write(connection, (List<T>) items);
    }
}
