package io.djcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates real responses against docs/openapi.yaml: the operation must list the status and the
 * media type, and a JSON body (each line of a JSONL one) must match the schema given for it, with
 * the published schemas of docs/schema/ that the document refers to.
 */
final class OpenApi {

    static final Path DOCUMENT = Path.of("..", "docs", "openapi.yaml").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectNode ROOT;

    static {
        try {
            ROOT = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OpenApi() {
    }

    static JsonNode document() {
        return ROOT;
    }

    /** Asserts that {@code response} to {@code method} on path template {@code template} is one the document describes. */
    static void validate(String method, String template, HttpResponse<?> response) {
        String where = method + " " + template + " -> " + response.statusCode();
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + response.statusCode();
        JsonNode resp = ROOT.at(pointer);
        if (resp.isMissingNode()) {
            throw new AssertionError(where + ": status not in docs/openapi.yaml");
        }
        if (resp.has("$ref")) {
            pointer = resp.get("$ref").asText().substring(1);
            resp = ROOT.at(pointer);
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = resp.path("content");
        String mediaKey = null;
        for (var it = content.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals(type) || key.equals("text/plain") && type.startsWith("text/plain")) {
                mediaKey = key;
            }
        }
        if (mediaKey == null) {
            throw new AssertionError(where + ": media type '" + type + "' not in docs/openapi.yaml");
        }
        String schemaPointer = pointer + "/content/" + escape(mediaKey) + "/schema";
        if (!(response.body() instanceof String body) || !(type.contains("json"))) {
            return;
        }
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaPointer, OpenApi::schemaAt);
        List<String> docs = type.equals("application/x-ndjson")
                ? body.lines().filter(l -> !l.isBlank()).toList() : List.of(body);
        for (String doc : docs) {
            Set<ValidationMessage> problems;
            try {
                problems = schema.validate(JSON.readTree(doc));
            } catch (IOException e) {
                throw new AssertionError(where + ": not JSON: " + doc, e);
            }
            if (!problems.isEmpty()) {
                throw new AssertionError(where + ": the body does not match docs/openapi.yaml: "
                        + problems.stream().map(Object::toString).collect(Collectors.joining("; ")) + "\n" + abbreviate(doc));
            }
        }
    }

    private static JsonSchema schemaAt(String pointer) {
        ObjectNode schema = ROOT.deepCopy();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", DOCUMENT.toUri().toString());
        schema.put("$ref", "#" + pointer);
        return FACTORY.getSchema(SchemaLocation.of(DOCUMENT.toUri().toString()), schema);
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
