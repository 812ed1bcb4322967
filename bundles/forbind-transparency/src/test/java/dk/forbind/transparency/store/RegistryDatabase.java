package dk.forbind.transparency.store;

import dk.forbind.fixtures.TestDatabases;
import dk.forbind.transparency.chain.CheckpointSigner;
import dk.forbind.transparency.chain.RegistryKeys;
import dk.forbind.transparency.chain.SubjectKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;

/** A registry on a fresh H2 or PostgreSQL database, with fresh keys, for the store tests. */
final class RegistryDatabase {
    final DataSource dataSource;
    final CheckpointSigner signer;
    final SubjectKey subjectKey;
    final EventLog log;

    RegistryDatabase(String database, int checkpointInterval) throws Exception {
        dataSource = "postgresql".equals(database) ? TestDatabases.postgresql() : TestDatabases.h2();
        Path keys = Files.createTempDirectory("forbind-keys");
        signer = new CheckpointSigner(RegistryKeys.signingKey(keys.resolve("s.pem"), keys.resolve("s.pub.pem")));
        subjectKey = new SubjectKey(RegistryKeys.subjectSecret(keys.resolve("subject.key")));
        RegistrySchema.createIfMissing(dataSource);
        log = new EventLog(dataSource, subjectKey, signer, Clock.systemUTC(), checkpointInterval);
    }

    ChainVerifier verifier() {
        return new ChainVerifier(dataSource, signer, Clock.systemUTC());
    }

    /** What an attacker with database access does. */
    int sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            return s.executeUpdate(statement);
        }
    }
}
