package dk.forbind.digitalpost.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.InvalidMessageException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Digital Post's answers mean for a letter: sent, wait, park at once, or retry. */
class DigitalPostClientTest {
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>("{\"status\":\"EXEMPT\"}");
    private final AtomicReference<String> transaction = new AtomicReference<>();
    private HttpServer server;
    private DigitalPostClient client;

    @BeforeEach
    void startDigitalPost() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dp/", exchange -> {
            transaction.set(exchange.getRequestHeaders().getFirst("X-TransaktionsId"));
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().contains("/slow/")) {
                sleep();
            }
            byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        client = client("http://127.0.0.1:" + server.getAddress().getPort() + "/dp");
    }

    @AfterEach
    void stopDigitalPost() {
        server.stop(0);
    }

    private static DigitalPostClient client(String url) {
        return new DigitalPostClient(URI.create(url), Duration.ofSeconds(2), Duration.ofMillis(500), null);
    }

    private String send() {
        return client.send(UUID.randomUUID(), List.of("<kombi/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheRegistersAnswer() {
        assertEquals(RegistrationStatus.EXEMPT, client.registration(DataSubject.cpr("0202902345")));
    }

    @Test
    void aSentLetterHasItsOwnTransaction() {
        String sent = send();

        assertEquals(sent, transaction.get());
        UUID.fromString(sent);
    }

    @Test
    void digitalPostSayingItIsUnavailableMakesTheLetterWait() {
        status.set(503);
        body.set("maintenance");

        DependencyUnavailableException waits = assertThrows(DependencyUnavailableException.class, this::send);

        assertEquals(DigitalPostClient.DEPENDENCY, waits.dependency());
        assertTrue(waits.getMessage().contains("HTTP 503: maintenance"), waits.getMessage());
    }

    @Test
    void noConnectionMakesTheLetterWait() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DigitalPostClient nobody = client("http://127.0.0.1:" + closed + "/dp");

        assertThrows(DependencyUnavailableException.class,
                () -> nobody.send(UUID.randomUUID(), List.of(new byte[] {1})));
    }

    @Test
    void aRefusedLetterIsParkedAtOnceWithDigitalPostsAnswer() {
        status.set(400);
        body.set("<Fejl><FejlKode>SchemaValidering</FejlKode></Fejl>");

        InvalidMessageException refused = assertThrows(InvalidMessageException.class, this::send);

        assertTrue(refused.getMessage().contains("HTTP 400") && refused.getMessage().contains("SchemaValidering"));
    }

    @Test
    void otherServerErrorsAndTimeOutsAreRetried() {
        status.set(500);
        assertTrue(assertThrows(DigitalPostFailure.class, this::send).getMessage().contains("HTTP 500"));

        status.set(200);
        DigitalPostClient slow = client("http://127.0.0.1:" + server.getAddress().getPort() + "/dp/slow");
        assertTrue(assertThrows(DigitalPostFailure.class,
                () -> slow.registration(DataSubject.cpr("0101901234"))).getMessage().contains("did not answer"));
    }

    @Test
    void anAnswerNotUnderstoodIsSaidPlainly() {
        body.set("<html>login</html>");

        assertTrue(assertThrows(DigitalPostFailure.class, () -> client.registration(DataSubject.cpr("0101901234")))
                .getMessage().contains("is not understood"));
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
