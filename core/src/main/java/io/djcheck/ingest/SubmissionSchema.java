package io.djcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The published submission schema ({@code docs/schema/submission.schema.json}, shipped in the jar
 * as {@code djcheck/schema/submission.schema.json}), compiled once, with messages in English and
 * paths as JSON Pointers.
 */
final class SubmissionSchema {

    static final String RESOURCE = "djcheck/schema/submission.schema.json";

    private static final JsonNode DEFINITION = load();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DEFINITION, SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build());
    private static final Set<String> TOP_LEVEL_KEYS = topLevel();

    private SubmissionSchema() {
    }

    private static JsonNode load() {
        try (InputStream in = SubmissionSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; the djcheck-core jar is incomplete");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<String> topLevel() {
        Set<String> keys = new LinkedHashSet<>();
        DEFINITION.get("properties").fieldNames().forEachRemaining(keys::add);
        return Set.copyOf(keys);
    }

    /** The names a submission may use at its top level ({@code report}, {@code facts} ...). */
    static Set<String> topLevelKeys() {
        return TOP_LEVEL_KEYS;
    }

    /** Every schema violation of {@code submission}, in path order; empty when it is valid. */
    static List<SubmissionProblem> validate(JsonNode submission) {
        List<SubmissionProblem> out = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(submission)) {
            String path = m.getInstanceLocation().toString();
            out.add(new SubmissionProblem(path.isEmpty() ? "/" : path, m.getError().strip()));
        }
        out.sort(Comparator.comparing(SubmissionProblem::path).thenComparing(SubmissionProblem::problem));
        return out;
    }
}
