package io.djcheck.spring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar carries the metadata an IDE completes djcheck.* properties from, each with its description. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String p : new String[]{"djcheck.rules-dir", "djcheck.profile", "djcheck.params", "djcheck.watch",
                    "djcheck.no-drl", "djcheck.limits.max-size", "djcheck.limits.max-pages", "djcheck.limits.max-expanded",
                    "djcheck.limits.max-facts"}) {
                assertThat(json).contains("\"name\": \"" + p + "\"");
            }
            assertThat(json).contains("Rule pack folder");
        }
    }
}
