package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.Test;

/**
 * Every REST API of the node describes itself in OpenAPI 3.1 at {@code <api>/openapi.json}, and the description
 * holds: each operation it names answers on the running API (without credentials: 401 or the public answer, never
 * 404 or 405). The Swagger UI page lists them all and is served by the node itself.
 */
public class OpenApiScenario extends ForbindTestSupport {
    private static final List<String> APIS = List.of("transparency/v1", "digitalpost/v1", "housing/v1");

    @Test
    public void everyOperationTheDocumentsNameAnswersOnTheRunningApi() throws Exception {
        for (String api : APIS) {
            HttpAnswer answer = httpGet("/forbind/api/" + api + "/openapi.json");
            assertEquals(api + ": " + answer.body(), 200, answer.status());
            JsonObject document = answer.json();
            assertEquals("3.1.0", document.getString("openapi"));
            String base = ((JsonObject) ((JsonArray) document.get("servers")).get(0)).getString("url");
            assertEquals("/forbind/api/" + api, base);
            JsonObject paths = (JsonObject) document.get("paths");
            assertFalse(api + " documents operations", paths.isEmpty());
            for (Map.Entry<String, Object> path : paths.entrySet()) {
                for (String method : ((JsonObject) path.getValue()).keySet()) {
                    JsonObject operation = (JsonObject) ((JsonObject) path.getValue()).get(method);
                    String url = base + path.getKey().replaceAll("\\{[^}]+}", "BS-2026-000001");
                    String type = mediaType(operation);
                    int status = http(method.toUpperCase(), url, null, type == null ? null
                            : type.contains("json") ? "{}" : "<x/>", type).status();
                    assertNotEquals(method + " " + url + " exists", 404, status);
                    assertNotEquals(method + " " + url + " takes " + method, 405, status);
                    boolean open = ((JsonArray) operation.get("security")).isEmpty();
                    assertTrue(method + " " + url + " answered " + status, open ? status < 500 : status == 401);
                }
            }
        }
        JsonObject housing = httpGet("/forbind/api/housing/v1/openapi.json").json();
        JsonObject apply = (JsonObject) ((JsonObject) ((JsonObject) housing.get("paths")).get("/applications"))
                .get("post");
        JsonObject form = (JsonObject) ((JsonObject) ((JsonObject) ((JsonObject) apply.get("requestBody"))
                .get("content")).get("application/json")).get("schema");
        assertEquals("#/components/schemas/ApplicationForm", form.getString("$ref"));
        assertTrue(((JsonObject) ((JsonObject) housing.get("components")).get("schemas")).containsKey("ApplicationForm"));
        JsonObject letters = (JsonObject) ((JsonObject) ((JsonObject) httpGet("/forbind/api/digitalpost/v1/openapi.json")
                .json().get("paths")).get("/letters")).get("post");
        assertEquals("api:digitalpost.send", letters.getString("x-forbind-agency-grant"));
    }

    /** The first media type the operation's request body is documented with, or null without a body. */
    private static String mediaType(JsonObject operation) {
        JsonObject body = (JsonObject) operation.get("requestBody");
        return body == null ? null : ((JsonObject) body.get("content")).keySet().iterator().next();
    }

    @Test
    public void theSwaggerUiPageListsEveryApiAndComesFromTheNode() throws Exception {
        HttpAnswer page = httpGet("/forbind/api-docs/");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("swagger-ui/swagger-ui-bundle.js"));
        assertFalse("no CDN", page.body().contains("http://") || page.body().contains("https://"));
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy")
                .startsWith("default-src 'self'"));
        assertEquals(200, httpGet("/forbind/api-docs/swagger-ui/swagger-ui-bundle.js").status());
        assertEquals(200, httpGet("/forbind/api-docs/swagger-ui/swagger-ui.css").status());
        JsonArray apis = (JsonArray) Jsoner.deserialize(httpGet("/forbind/api-docs/apis.json").body());
        List<String> urls = apis.stream().map(api -> ((JsonObject) api).getString("url")).toList();
        for (String api : APIS) {
            assertTrue(urls.toString(), urls.contains("/forbind/api/" + api + "/openapi.json"));
        }
        assertEquals(404, httpGet("/forbind/api-docs/swagger-ui/../../etc/passwd").status());
    }
}
