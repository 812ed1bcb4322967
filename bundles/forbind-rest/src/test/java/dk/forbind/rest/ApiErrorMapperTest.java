package dk.forbind.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.ws.rs.core.Response;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

class ApiErrorMapperTest {
    private final ApiErrorMapper mapper = new ApiErrorMapper();

    private static JsonObject body(Response response) throws Exception {
        return (JsonObject) Jsoner.deserialize((String) response.getEntity());
    }

    @Test
    void aRefusedDocumentListsEveryReason() throws Exception {
        Response response = mapper.toResponse(ApiError.invalid("letter rejected", List.of("first", "second")));

        assertEquals(400, response.getStatus());
        JsonObject body = body(response);
        assertEquals("invalid", body.getString("error"));
        assertEquals(List.of("first", "second"), body.getCollection("reasons"));
    }

    @Test
    void otherErrorsCarryNoReasons() throws Exception {
        Response response = mapper.toResponse(ApiError.unavailable("the database does not answer"));

        assertEquals(503, response.getStatus());
        assertFalse(body(response).containsKey("reasons"));
        assertTrue(body(response).getString("message").contains("database"));
    }
}
