package io.djcheck.pack;

import io.djcheck.engine.RuleCompiler;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, {@code rules diff}: what changed between two packs, in every part an editor edits — pack.yaml
 * (with the authoring fields init writes), a rule, a profile's parameter, a lexicon synonym, scoring —
 * each one change line, and nothing else.
 */
class PackDiffTest {

    @Test
    void everyPartOfAnEditedPackIsOneChange() {
        Map<String, String> files = Packs.defaultFiles();
        RulePack edited = Packs.defaultWith(Map.of(
                "pack.yaml", files.get("pack.yaml").replace("id: djcheck-default", "id: county-2026")
                        + "basedOn: djcheck-default 1.0.0\nauthors: [县委组织部组织科]\nchangelog:\n  - 0.1.0 党费同义词\n",
                "params.yaml", files.get("params.yaml").replace("    committee_dj_sessions_min: 12\n",
                        "    committee_dj_sessions_min: 10\n"),
                "lexicon.yaml", files.get("lexicon.yaml").replace("practice.dangfei: [党费]", "practice.dangfei: [党费, 党费收缴]"),
                "scoring.yaml", files.get("scoring.yaml").replace("notEvidencedFraction: 0.5", "notEvidencedFraction: 0.25"),
                "rules/lianzheng.yaml", lz02Major(files.get("rules/lianzheng.yaml"))));
        assertThat(PackLoader.validate(edited)).as("authors, basedOn and changelog are accepted").isEmpty();

        List<String> changes = PackDiff.of(load(Packs.defaultWith(Map.of())), load(edited)).stream()
                .map(PackDiff.Change::toString).toList();

        assertThat(changes).containsExactlyInAnyOrder(
                "pack id: djcheck-default → county-2026",
                "rule LZ-02 severity: MINOR → MAJOR",
                "profile strict-monthly committee_dj_sessions_min: 12 → 10",
                "lexicon mention practice.dangfei:  → +党费收缴",
                "scoring notEvidencedFraction: 0.5 → 0.25");
    }

    @Test
    void aPackAgainstItselfHasNoChange() {
        LoadedPack pack = load(Packs.defaultWith(Map.of()));
        assertThat(PackDiff.of(pack, pack)).isEmpty();
    }

    /** LZ-02's severity raised from MINOR to MAJOR, the rest of the file as it is. */
    private static String lz02Major(String file) {
        String minor = "  - id: LZ-02\n    title: 运用监督执纪“四种形态”\n    category: 党风廉政\n    severity: MINOR";
        assertThat(file).contains(minor);
        return file.replace(minor, minor.replace("MINOR", "MAJOR"));
    }

    private static LoadedPack load(RulePack pack) {
        return PackLoader.load(pack, RuleCompiler.DEFAULT_MAX_FIRINGS);
    }
}
