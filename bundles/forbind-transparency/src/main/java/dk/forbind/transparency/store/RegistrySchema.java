package dk.forbind.transparency.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The registry's tables, in SQL that H2 and PostgreSQL both accept. Records and checkpoints are
 * only ever inserted (and deleted by a retention purge); the head row holds the newest seq and
 * hash so that concurrent writers serialise on it.
 */
public final class RegistrySchema {
    public static final String EVENTS = "forbind_tr_event";
    public static final String CHECKPOINTS = "forbind_tr_checkpoint";
    public static final String HEAD = "forbind_tr_head";
    public static final String DISCLOSURES = "forbind_tr_disclosure";

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS " + EVENTS + " ("
            + "seq BIGINT NOT NULL PRIMARY KEY,"
            + " event_id VARCHAR(64) NOT NULL,"
            + " log_time TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " subject_type VARCHAR(8) NOT NULL,"
            + " subject_key CHAR(64) NOT NULL,"
            + " processing_type VARCHAR(32) NOT NULL,"
            + " purpose VARCHAR(2000) NOT NULL,"
            + " legal_basis VARCHAR(2000) NOT NULL,"
            + " data_categories VARCHAR(4000) NOT NULL,"
            + " initiator_org_code VARCHAR(64) NOT NULL,"
            + " initiator_org_name VARCHAR(500),"
            + " initiator_system VARCHAR(500) NOT NULL,"
            + " initiator_person VARCHAR(500),"
            + " target_org VARCHAR(500),"
            + " source_org VARCHAR(500),"
            + " connector VARCHAR(64) NOT NULL,"
            + " correlation_id VARCHAR(200) NOT NULL,"
            + " case_id VARCHAR(200),"
            + " bulk BOOLEAN NOT NULL,"
            + " hidden_until TIMESTAMP WITH TIME ZONE,"
            + " hidden_reason VARCHAR(2000),"
            + " prev_hash CHAR(64) NOT NULL,"
            + " hash CHAR(64) NOT NULL,"
            + " CONSTRAINT forbind_tr_event_id UNIQUE (event_id))",
        "CREATE INDEX IF NOT EXISTS forbind_tr_event_subject ON " + EVENTS + " (subject_key, log_time)",
        "CREATE TABLE IF NOT EXISTS " + CHECKPOINTS + " ("
            + "seq BIGINT NOT NULL PRIMARY KEY,"
            + " hash CHAR(64) NOT NULL,"
            + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " key_id VARCHAR(32) NOT NULL,"
            + " signature VARCHAR(400) NOT NULL)",
        "CREATE TABLE IF NOT EXISTS " + HEAD + " ("
            + "id INT NOT NULL PRIMARY KEY,"
            + " seq BIGINT NOT NULL,"
            + " hash CHAR(64) NOT NULL)",
        "CREATE TABLE IF NOT EXISTS " + DISCLOSURES + " ("
            + "event_id VARCHAR(64) NOT NULL PRIMARY KEY,"
            + " disclosed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " disclosed_by VARCHAR(500) NOT NULL,"
            + " reason VARCHAR(2000) NOT NULL)",
        "INSERT INTO " + HEAD + " (id, seq, hash) SELECT 1, 0, '" + "0".repeat(64) + "'"
            + " WHERE NOT EXISTS (SELECT 1 FROM " + HEAD + " WHERE id = 1)",
    };

    private RegistrySchema() {
    }

    public static void createIfMissing(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }
}
