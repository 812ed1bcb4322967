package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

/** An API's OpenAPI document comes from its resources as published, with the API's own words laid over it. */
class OpenApiDocumentTest {

    @Path("/")
    public static class Cases {
        @GET
        @Path("cases/{caseId}")
        public String one(@PathParam("caseId") String caseId, @QueryParam("subject") String subject,
                          @Context SecurityContext security) {
            return "";
        }

        @POST
        @Path("applications")
        @Consumes("application/json")
        @AgencyOperation("apply")
        public String apply(String body, @HeaderParam("Idempotency-Key") String key) {
            return "";
        }

        @GET
        @Path("/status/")
        @Public
        public String status() {
            return "";
        }

        public String notAnOperation() {
            return "";
        }
    }

    @Test
    void everyOperationWithItsParametersBodyAndCallers() {
        JsonObject words = new JsonObject(Map.of("info", new JsonObject(Map.of("title", "Cases")),
                "operations", new JsonObject(Map.of("GET /cases/{caseId}", new JsonObject(Map.of("summary", "One case",
                        "responses", new JsonObject(Map.of("404", new JsonObject(Map.of("description", "none"))))))))));
        JsonObject document = OpenApiDocument.of("cases", "/cases/v1", List.of(new Cases()), words);

        assertEquals("3.1.0", document.getString("openapi"));
        assertEquals("Cases", ((JsonObject) document.get("info")).getString("title"));
        JsonObject paths = (JsonObject) document.get("paths");
        assertEquals(List.of("/applications", "/cases/{caseId}", "/status"), paths.keySet().stream().sorted().toList());

        JsonObject one = (JsonObject) ((JsonObject) paths.get("/cases/{caseId}")).get("get");
        assertEquals("One case", one.getString("summary"));
        JsonArray parameters = (JsonArray) one.get("parameters");
        assertEquals(2, parameters.size(), "the security context is no parameter");
        assertEquals("path", ((JsonObject) parameters.get(0)).getString("in"));
        assertEquals(true, ((JsonObject) parameters.get(0)).getBoolean("required"));
        assertEquals("query", ((JsonObject) parameters.get(1)).getString("in"));
        JsonObject responses = (JsonObject) one.get("responses");
        assertTrue(responses.containsKey("404") && responses.containsKey("401") && responses.containsKey("403"));
        assertFalse(responses.containsKey("200"), "the API's own responses replace the default");
        assertNull(one.get("x-forbind-agency-grant"));

        JsonObject apply = (JsonObject) ((JsonObject) paths.get("/applications")).get("post");
        assertTrue(((JsonObject) ((JsonObject) apply.get("requestBody")).get("content")).containsKey("application/json"));
        assertEquals("api:cases.apply", apply.getString("x-forbind-agency-grant"));

        JsonObject status = (JsonObject) ((JsonObject) paths.get("/status")).get("get");
        assertTrue(((JsonArray) status.get("security")).isEmpty(), "a public operation needs no credentials");
        assertFalse(((JsonObject) status.get("responses")).containsKey("401"));
        assertEquals("/forbind/api/cases/v1", ((JsonObject) ((JsonArray) document.get("servers")).get(0))
                .getString("url"));
    }
}
