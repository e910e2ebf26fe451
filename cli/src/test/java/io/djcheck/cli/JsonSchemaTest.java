package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schemas (docs/schema) hold the real output of {@code djcheck check --format json|jsonl}
 * and {@code djcheck extract --format json} for every seed, and reject output that breaks them.
 */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static JsonSchema checkResult;
    private static JsonSchema report;

    @BeforeAll
    static void loadSchemas() throws IOException {
        checkResult = schema("check-result.schema.json");
        report = schema("report.schema.json");
    }

    private static JsonSchema schema(String name) throws IOException {
        return FACTORY.getSchema(JSON.readTree(Files.readString(Corpus.root().resolve("docs/schema").resolve(name))));
    }

    static List<Path> seeds() {
        return Corpus.seedFiles();
    }

    private static void assertValid(JsonSchema schema, JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).as(doc.path("source").asText()).isEmpty();
    }

    @Test
    void theSchemasAreValidJsonSchema202012() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("check-result.schema.json", "report.schema.json")) {
            JsonNode s = JSON.readTree(Files.readString(Corpus.root().resolve("docs/schema").resolve(name)));
            assertThat(meta.validate(s)).as(name).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void checkJsonOfEverySeedValidates(Path seed) throws IOException {
        Cli.Run run = Cli.run("check", "--format", "json", seed.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.isObject()).isTrue();
        assertValid(checkResult, doc);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void extractJsonOfEverySeedValidates(Path seed) throws IOException {
        Cli.Run run = Cli.run("extract", "--format", "json", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertValid(report, JSON.readTree(run.out()));
    }

    @Test
    void anArrayOfResultsWithAFailedInputValidatesAndSoDoesEachJsonLine() throws IOException {
        Cli.Run json = Cli.run("check", "--format", "json", Corpus.seeds().toString(), "no/such.txt");
        assertThat(json.exitCode()).isEqualTo(3);
        JsonNode array = JSON.readTree(json.out());
        assertThat(array).hasSize(6);
        assertValid(checkResult, array);

        Cli.Run jsonl = Cli.run("check", "--format", "jsonl", "no/such.txt", Corpus.seeds().toString());
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertValid(checkResult, JSON.readTree(line));
        }
        assertThat(JSON.readTree(lines.get(0)).get("error").asText()).contains("no/such.txt");
    }

    @Test
    void theSchemasRejectMissingUnknownAndMisspeltFields() throws IOException {
        JsonNode good = JSON.readTree(Cli.run("check", "--format", "json", Corpus.seed("001").toString()).out());

        ObjectNode noScore = good.deepCopy();
        noScore.remove("score");
        assertThat(checkResult.validate(noScore)).isNotEmpty();

        ObjectNode extra = good.deepCopy();
        extra.put("scor", 80);
        assertThat(checkResult.validate(extra)).isNotEmpty();

        ObjectNode badStatus = good.deepCopy();
        ((ObjectNode) badStatus.get("findings").get(0)).put("status", "OK");
        assertThat(checkResult.validate(badStatus)).isNotEmpty();

        ObjectNode noEvidenceQuote = good.deepCopy();
        for (JsonNode f : noEvidenceQuote.get("findings")) {
            if (f.get("evidence").size() > 0) {
                ((ObjectNode) f.get("evidence").get(0)).remove("quote");
                break;
            }
        }
        assertThat(checkResult.validate(noEvidenceQuote)).isNotEmpty();

        ObjectNode rep = (ObjectNode) JSON.readTree(Cli.run("extract", "--format", "json", Corpus.seed("004").toString()).out());
        rep.put("genre", "NOVEL");
        assertThat(report.validate(rep)).isNotEmpty();
    }

    /** The rule test files of the default pack and the cookbook follow the published schema for tests/*.yaml. */
    @Test
    void everyRuleTestFileFollowsItsSchema() throws IOException {
        JsonSchema tests = schema("rule-tests.schema.json");
        ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        List<Path> files = new java.util.ArrayList<>();
        for (Path dir : List.of(Corpus.defaultPackDir().resolve("tests"), Corpus.root().resolve("docs/examples/cookbook/tests"))) {
            try (var s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(7);
        for (Path f : files) {
            Set<ValidationMessage> errors = tests.validate(yaml.readTree(Files.readString(f)));
            assertThat(errors).as(f.toString()).isEmpty();
        }
    }
}
