package io.djcheck.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A pack folder inside a jar on the class path (as the default pack is in djcheck.jar) is read file for file, and only its files. */
class PackInAJarTest {

    @Test
    void theFilesOfTheFolderAreReadAndNothingBesideIt(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("packs/mine/pack.yaml", "id: mine\nversion: 1.0.0\n");
        entries.put("packs/mine/params.yaml", "defaults: {}\n");
        entries.put("packs/mine/rules/zeren.yaml", "rules: []\n");
        entries.put("packs/mine/rules/extra.drl", "package x;\n");
        entries.put("packs/mine/tests/cases.yaml", "cases: []\n");
        entries.put("packs/mine/rules/.zeren.yaml.swp", "editor swap file");
        entries.put("packs/mine/notes.txt", "not a pack file");
        entries.put("packs/mine-old/pack.yaml", "id: another folder with the same prefix\n");
        entries.put("packs/other/pack.yaml", "id: other\n");
        Path jar = dir.resolve("packs.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("packs/mine/"));
            j.putNextEntry(new JarEntry("packs/mine/rules/"));
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RulePack pack = RulePack.fromClasspath("packs/mine", loader);
            assertThat(pack.paths()).containsExactlyInAnyOrder("pack.yaml", "params.yaml", "rules/zeren.yaml",
                    "rules/extra.drl", "tests/cases.yaml");
            assertThat(pack.text("rules/zeren.yaml")).isEqualTo("rules: []\n");
            assertThat(pack.reread().sha256()).isEqualTo(pack.sha256());
        }
    }
}
