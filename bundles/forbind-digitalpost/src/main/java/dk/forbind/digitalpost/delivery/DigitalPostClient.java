package dk.forbind.digitalpost.delivery;

import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.UntrustedText;
import dk.forbind.digitalpost.sf1601.KombiRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Speaks to Digital Post's SF1601-style service: registration look-ups ({@code GET <url>/registrations/<type>/<id>})
 * and kombi requests ({@code POST <url>/kombi} with {@code X-TransaktionsId} and {@code X-TransaktionsTid}).
 * What its answers mean for a letter: 2xx sent; 503 or no connection — Digital Post is down, the letter waits
 * ({@link DependencyUnavailableException}); 4xx — Digital Post refuses this letter, which is parked with its answer
 * ({@link InvalidMessageException}); other 5xx and time-outs — retried, then parked ({@link DigitalPostFailure}).
 */
public final class DigitalPostClient {
    /** The dependency's name, as the connector declares it. */
    public static final String DEPENDENCY = "digital-post";
    private static final int SHOWN_ANSWER = 500;

    private final URI base;
    private final HttpClient http;
    private final Duration sendTimeout;

    public DigitalPostClient(URI base, Duration connectTimeout, Duration sendTimeout, SSLContext tls) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.sendTimeout = sendTimeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** What the register says of this recipient. */
    public RegistrationStatus registration(DataSubject recipient) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("registrations/" + recipient.type() + "/"
                + recipient.id())).timeout(sendTimeout).header("Accept", "application/json").GET().build();
        HttpResponse<String> answer = call(request, "registration look-up for " + recipient);
        try {
            JsonObject json = (JsonObject) Jsoner.deserialize(answer.body());
            return RegistrationStatus.valueOf(json.getString("status").toUpperCase(Locale.ROOT));
        } catch (DeserializationException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new DigitalPostFailure("Digital Post's registration answer for " + recipient + " is not understood: "
                    + shown(answer.body()));
        }
    }

    /**
     * Sends a kombi request under a new transaction id, which it answers.
     *
     * @param parts the request as written by {@link KombiRequest}
     */
    public String send(UUID letter, List<byte[]> parts) {
        String transaction = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("kombi")).timeout(sendTimeout)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("X-TransaktionsId", transaction)
                .header("X-TransaktionsTid", Instant.now().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build();
        call(request, "letter " + letter);
        return transaction;
    }

    /** The base URL the connector depends on (what its dependency probe asks). */
    public String baseUrl() {
        return base.toString();
    }

    private HttpResponse<String> call(HttpRequest request, String what) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new DependencyUnavailableException(DEPENDENCY, "Digital Post does not answer at " + base + ": " + e,
                    e);
        } catch (HttpTimeoutException e) {
            throw new DigitalPostFailure("Digital Post did not answer the " + what + " within "
                    + sendTimeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new DigitalPostFailure("the " + what + " failed on its way to Digital Post: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DigitalPostFailure("interrupted while Digital Post handled the " + what);
        }
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return answer;
        }
        String told = "Digital Post answered the " + what + " with HTTP " + status + ": " + shown(answer.body());
        if (status == 503) {
            throw new DependencyUnavailableException(DEPENDENCY, told);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new InvalidMessageException(told);
        }
        throw new DigitalPostFailure(told);
    }

    private static String shown(String body) {
        String text = body == null ? "" : body.strip();
        return UntrustedText.forLog(text.length() > SHOWN_ANSWER ? text.substring(0, SHOWN_ANSWER) + "..." : text);
    }
}
