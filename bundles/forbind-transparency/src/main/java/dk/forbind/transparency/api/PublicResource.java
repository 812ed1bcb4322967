package dk.forbind.transparency.api;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.ProcessingDeclaration;
import dk.forbind.rest.Public;
import dk.forbind.transparency.TransparencyService;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Open to everyone: the records of processing activities (GDPR Art. 30) generated from the
 * declarations of the connectors deployed on this node, and the key that verifies checkpoints.
 */
@Path("/")
@Public
public final class PublicResource {
    private final ConnectorRegistry connectors;
    private final TransparencyService registry;

    PublicResource(ConnectorRegistry connectors, TransparencyService registry) {
        this.connectors = connectors;
        this.registry = registry;
    }

    @GET
    @Path("processing-activities")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String processingActivities() {
        Map<String, ConnectorStatus> states = connectors.connectors().stream()
                .collect(Collectors.toMap(ConnectorStatus::id, Function.identity(), (a, b) -> a));
        JsonArray activities = new JsonArray();
        for (ConnectorDescriptor connector : connectors.descriptors()) {
            connector.processingDeclaration().ifPresent(declaration ->
                    activities.add(activity(connector, declaration, states.get(connector.id()))));
        }
        JsonObject json = new JsonObject();
        json.put("activities", activities);
        return json.toJson();
    }

    @GET
    @Path("signing-key")
    @Produces("application/x-pem-file")
    public String signingKey() {
        return registry.signingKeyPem();
    }

    private static JsonObject activity(ConnectorDescriptor connector, ProcessingDeclaration declaration,
                                       ConnectorStatus status) {
        JsonObject json = new JsonObject();
        json.put("connector", connector.id());
        json.put("controller", connector.agency());
        json.put("description", connector.description());
        json.put("purpose", declaration.purpose());
        json.put("legalBasis", declaration.legalBasis());
        json.put("dataCategories", new JsonArray(declaration.dataCategories()));
        json.put("recipients", new JsonArray(declaration.recipients()));
        json.put("retention", declaration.retention());
        json.put("processingType", declaration.processingType().name());
        json.put("state", status == null ? null : status.state().name());
        return json;
    }
}
