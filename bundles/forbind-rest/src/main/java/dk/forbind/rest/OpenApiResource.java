package dk.forbind.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** Serves an API's OpenAPI document at {@code <api>/openapi.json}, to anyone: it describes, it grants nothing. */
@Path("/openapi.json")
@Public
public final class OpenApiResource {
    private final String document;

    OpenApiResource(String api, String address, List<Object> resources, JsonObject words) {
        this.document = OpenApiDocument.of(api, address, resources, words).toJson();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String document() {
        return document;
    }

    /**
     * An API's own words for its document — {@code info}, {@code operations} and {@code components} — from a JSON
     * resource of the class's bundle, e.g. {@code /openapi/housing.json}.
     */
    public static JsonObject words(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + anchor.getName());
            }
            return (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DeserializationException e) {
            throw new IllegalStateException(resource + " is not JSON: " + e.getMessage(), e);
        }
    }
}
