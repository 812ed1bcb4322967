package dk.forbind.itests;

import dk.forbind.fixtures.TestDatabases;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL server of the distribution tests: the one named by FORBIND_IT_POSTGRESQL_URL
 * (jdbc:postgresql://host:port/db?user=...&password=..., as .ci/run starts it), else an embedded one started from
 * Maven artifacts. What a node's configuration needs of it: the URL without the query, user and password.
 */
record PostgresqlServer(String url) {
    static PostgresqlServer forTests() throws Exception {
        String given = System.getProperty("forbind.it.postgresql.url", "");
        return new PostgresqlServer(given.startsWith("jdbc:postgresql:") ? given : TestDatabases.postgresqlUrl());
    }

    String jdbcUrl() {
        return url.substring(0, url.indexOf('?'));
    }

    String user() {
        return query().get("user");
    }

    /** The password; an embedded server trusts local connections and needs none, but a node's file wants one. */
    String password() {
        return query().getOrDefault("password", "unused-by-trust-auth");
    }

    private Map<String, String> query() {
        String query = URI.create(url.substring("jdbc:".length())).getQuery();
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return values;
    }
}
