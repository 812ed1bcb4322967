package dk.forbind.core.internal;

import dk.forbind.core.BatchWrite;
import dk.forbind.fixtures.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A small H2 table written in batches, idempotently (MERGE by key), counting how it is written. */
final class ItemTable implements BatchWrite<ItemTable.Item> {
    record Item(String key, String name) {
    }

    private final DataSource dataSource = TestDatabases.h2();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger itemsWritten = new AtomicInteger();
    private final AtomicBoolean refuseNext = new AtomicBoolean();

    ItemTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (k CHAR(10) PRIMARY KEY, name VARCHAR(20) NOT NULL)");
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void write(Connection connection, List<Item> items) throws SQLException {
        writes.incrementAndGet();
        if (refuseNext.getAndSet(false)) {
            throw new SQLTransientException("the database is busy");
        }
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO item (k, name) KEY (k) VALUES (?, ?)")) {
            for (Item item : items) {
                merge.setString(1, item.key());
                merge.setString(2, item.name());
                merge.addBatch();
            }
            merge.executeBatch();
        }
        itemsWritten.addAndGet(items.size());
    }

    void refuseNextWrite() {
        refuseNext.set(true);
    }

    int writes() {
        return writes.get();
    }

    int itemsWritten() {
        return itemsWritten.get();
    }

    List<String> rows() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT k FROM item ORDER BY k")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
