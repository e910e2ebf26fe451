package io.djcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The published schema is a valid JSON Schema 2020-12, and the one the reader validates with. */
class SubmissionSchemaTest {

    private static final Path PUBLISHED = Corpus.root().resolve("docs/schema/submission.schema.json");

    @Test
    void thePublishedSchemaIsAValidJsonSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(PUBLISHED));
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
    }

    @Test
    void theReaderValidatesWithThePublishedSchema() throws IOException {
        try (var in = SubmissionSchema.class.getClassLoader().getResourceAsStream(SubmissionSchema.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(PUBLISHED));
        }
        assertThat(SubmissionSchema.topLevelKeys()).containsExactlyInAnyOrder("$schema", "report", "text", "facts", "sections");
    }

    @Test
    void detectsSubmissionsByTheirContent() {
        assertThat(SubmissionSyntax.of("  {\"report\": {}}")).isEqualTo(SubmissionSyntax.JSON);
        assertThat(SubmissionSyntax.of("# 申报\n---\nreport:\n  year: 2023")).isEqualTo(SubmissionSyntax.YAML);
        assertThat(SubmissionSyntax.of("facts: {}")).isEqualTo(SubmissionSyntax.YAML);
        assertThat(SubmissionSyntax.of("一、履职情况\nreport: x")).isNull();
        assertThat(SubmissionSyntax.of("title: 述职报告")).isNull();         // not a key of the schema
        assertThat(SubmissionSyntax.of("---\n一、履职情况")).isNull();
        assertThat(SubmissionSyntax.of("[标题]述职报告")).isNull();
    }
}
