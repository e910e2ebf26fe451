package io.djcheck.pack;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.Checker;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.ResultInvariants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text in any YAML file of a pack — rules, parameters, lexicon, scoring, pack.yaml, rule tests —
 * gives a list of problems, each at a file of the pack, or a pack that checks reports; it never
 * throws, never runs code and never builds an object a tag names. The input's first byte picks the
 * file it replaces in a small pack (the default pack's files, one rule file) that compiles fast.
 * Inputs: {@code PackFileFuzzTestInputs/} (the files themselves, hostile YAML, past findings).
 */
class PackFileFuzzTest {

    static final List<String> FILES = List.of("rules/zeren.yaml", "params.yaml", "lexicon.yaml", "scoring.yaml",
            "pack.yaml", "tests/zeren.yaml");
    private static final Map<String, String> SMALL_PACK = smallPack();

    @FuzzTest
    void anyPackFile(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String file = FILES.get((input[0] & 0xFF) % FILES.size());
        Map<String, String> files = new TreeMap<>(SMALL_PACK);
        files.put(file, new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8));
        RulePack pack = RulePack.of("fuzz-pack", files);

        List<PackProblem> problems = Checker.validate(pack);
        for (PackProblem p : problems) {
            assertThat(p.file()).as("problem %s names a file of the pack", p).satisfiesAnyOf(
                    f -> assertThat(files).containsKey(f), f -> assertThat(f).isEqualTo("rules/"));
            assertThat(p.code()).isNotBlank();
            assertThat(p.toString()).doesNotContain("\n");
        }
        if (problems.isEmpty()) {
            Checker checker = Checker.builder().rulePack(pack).acceptAnyText(true).build();
            int rules = checker.check("述职报告", "probe.txt").findings().size();
            ResultInvariants.assertConsistent(checker.check(Corpus.read(Corpus.seed("000")), "000.txt"), rules);
        }
        assertThat(Tripwire.sprung()).as("a YAML tag built an object").isFalse();
    }

    static Map<String, String> smallPack() {
        Map<String, String> files = new TreeMap<>();
        for (String f : FILES) {
            try {
                files.put(f, Files.readString(Corpus.defaultPackDir().resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
