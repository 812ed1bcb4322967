package dk.forbind.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The OpenAPI 3.1 document of a Forbind REST API, read from its JAX-RS resources exactly as they are published —
 * every path, method, parameter and media type, who may call each operation — with the API's own words laid over it:
 * a description per operation, request and response schemas, and an introduction ({@code /openapi/<api>.json} in
 * the API's bundle, keyed by {@code "<METHOD> <path>"}). Because the paths come from the resources themselves, the
 * document cannot name an operation the API does not have, nor miss one.
 */
public final class OpenApiDocument {
    private static final List<Class<? extends Annotation>> METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class);

    private OpenApiDocument() {
    }

    /**
     * @param api       the API's name in grants, e.g. {@code housing}
     * @param address   where it is published under {@code /forbind/api}, e.g. {@code /housing/v1}
     * @param resources the published resource objects
     * @param words     the API's descriptions and schemas: {@code info}, {@code operations}, {@code components}
     */
    public static JsonObject of(String api, String address, List<Object> resources, JsonObject words) {
        JsonObject operationsWords = object(words, "operations");
        Map<String, JsonObject> paths = new TreeMap<>();
        for (Object resource : resources) {
            Class<?> type = resource.getClass();
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
                JsonObject operation = operation(api, type, method, object(operationsWords, verb + " " + path));
                paths.computeIfAbsent(path, p -> new JsonObject()).put(verb.toLowerCase(), operation);
            }
        }
        JsonObject document = new JsonObject();
        document.put("openapi", "3.1.0");
        document.put("info", words.getOrDefault("info", new JsonObject()));
        JsonArray servers = new JsonArray();
        servers.add(new JsonObject(Map.of("url", "/forbind/api" + address)));
        document.put("servers", servers);
        document.put("paths", new JsonObject(paths));
        JsonObject components = new JsonObject(object(words, "components"));
        components.put("securitySchemes", securitySchemes());
        document.put("components", components);
        return document;
    }

    private static JsonObject operation(String api, Class<?> type, Method method, JsonObject words) {
        JsonObject operation = new JsonObject(words);
        operation.putIfAbsent("operationId", method.getName());
        JsonArray parameters = new JsonArray();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                parameters.add(parameter("path", parameter.getAnnotation(PathParam.class).value(), true));
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                parameters.add(parameter("query", parameter.getAnnotation(QueryParam.class).value(), false));
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                String name = parameter.getAnnotation(HeaderParam.class).value();
                if (!name.equalsIgnoreCase("Content-Type")) {
                    parameters.add(parameter("header", name, false));
                }
            } else if (!parameter.isAnnotationPresent(Context.class) && !operation.containsKey("requestBody")) {
                operation.put("requestBody", body(mediaTypes(method.getAnnotation(Consumes.class),
                        type.getAnnotation(Consumes.class))));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        JsonObject responses = new JsonObject(object(words, "responses"));
        if (responses.isEmpty()) {
            responses.put("200", new JsonObject(Map.of("description", "OK")));
        }
        boolean open = method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class);
        if (!open) {
            responses.putIfAbsent("401", new JsonObject(Map.of("description", "no or invalid credentials")));
            responses.putIfAbsent("403", new JsonObject(Map.of("description", "not allowed, or too low a level of"
                    + " assurance")));
            JsonArray security = new JsonArray();
            security.add(new JsonObject(Map.of("mitid", new JsonArray())));
            security.add(new JsonObject(Map.of("agencyCertificate", new JsonArray())));
            operation.put("security", security);
        } else {
            operation.put("security", new JsonArray());
        }
        operation.put("responses", responses);
        AgencyOperation agency = method.isAnnotationPresent(AgencyOperation.class)
                ? method.getAnnotation(AgencyOperation.class) : type.getAnnotation(AgencyOperation.class);
        operation.put("x-forbind-agency-grant", agency == null ? null : "api:" + api + "." + agency.value());
        return operation;
    }

    private static JsonObject parameter(String in, String name, boolean required) {
        JsonObject parameter = new JsonObject();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("schema", new JsonObject(Map.of("type", "string")));
        return parameter;
    }

    private static JsonObject body(List<String> types) {
        JsonObject content = new JsonObject();
        types.forEach(type -> content.put(type, new JsonObject()));
        JsonObject body = new JsonObject();
        body.put("required", true);
        body.put("content", content);
        return body;
    }

    private static List<String> mediaTypes(Consumes method, Consumes type) {
        Consumes consumes = method != null ? method : type;
        return consumes == null ? List.of("application/octet-stream") : Arrays.asList(consumes.value());
    }

    private static JsonObject securitySchemes() {
        JsonObject schemes = new JsonObject();
        schemes.put("mitid", new JsonObject(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                "description", "a MitID (OIDC) token from the national broker; NemLog-in OIOSAML assertions as"
                        + " 'Authorization: SAML <base64>'")));
        schemes.put("agencyCertificate", new JsonObject(Map.of("type", "mutualTLS", "description",
                "an agency system's OCES3 certificate, with a grant of the operation's x-forbind-agency-grant")));
        return schemes;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : METHODS) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(Path type, Path method) {
        String joined = "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String path = joined.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static JsonObject object(JsonObject parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value instanceof Map<?, ?> map ? new JsonObject(castKeys(map)) : new JsonObject();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
