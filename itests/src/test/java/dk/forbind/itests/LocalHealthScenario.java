package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * Health over plain HTTP for a node whose web server speaks HTTPS only (the production profile): an operator
 * writes etc/dk.forbind.health.local.cfg, and a listener on 127.0.0.1 answers health and nothing else; removing
 * the file closes it. The scenario removes its file again.
 */
public class LocalHealthScenario extends ForbindTestSupport {

    @Test
    public void aLoopbackListenerAnswersHealthAndNoApi() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Path.of(System.getProperty("karaf.etc"), "dk.forbind.health.local.cfg");
        Files.writeString(config, "host = 127.0.0.1\nport = " + port + "\n");
        String base = "http://127.0.0.1:" + port;
        try {
            await("the local health listener answers", () -> status(base + "/forbind/health/live") == 200);
            assertTrue(body(base + "/forbind/health").startsWith("{\"status\":"));
            assertEquals(404, status(base + "/forbind/api/transparency/v1/processing-activities"));
            assertEquals(404, status(base + "/forbind/sim/eid/jwks"));
        } finally {
            Files.delete(config);
        }
        await("the listener closed with its file", () -> {
            try {
                status(base + "/forbind/health/live");
                return false;
            } catch (IOException closed) {
                return true;
            }
        });
    }

    private static int status(String url) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
        http.setConnectTimeout(2000);
        http.setReadTimeout(10000);
        return http.getResponseCode();
    }

    private static String body(String url) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
        http.setReadTimeout(10000);
        try (InputStream in = http.getResponseCode() < 400 ? http.getInputStream() : http.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
