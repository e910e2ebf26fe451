package io.djcheck.pack;

import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: {@code rules diff} compared a profile's parameters only, so an edit that switched a rule
 * off, or gave it another severity or deduction, in a profile showed as no change at all.
 */
class PackDiffSwitchesTest {

    private static final String PARAMS = Packs.defaultFiles().get("params.yaml");

    private static LoadedPack withProfile(String profile) {
        return PackLoader.load(Packs.defaultWith(Map.of("params.yaml", PARAMS + profile)), 10_000);
    }

    private static List<String> diff(LoadedPack before, LoadedPack after) {
        return PackDiff.of(before, after).stream().map(PackDiff.Change::toString).toList();
    }

    @Test
    void switchesAddedChangedAndRemovedInAProfileAreEachAChange() {
        LoadedPack before = withProfile("""
                  county-2026:
                    committee_dj_sessions_min: 6
                    rules:
                      ZR-01: {enabled: false}
                      ZR-02: {severity: MAJOR}
                      DY-02: {deduction: 4}
                """);
        LoadedPack after = withProfile("""
                  county-2026:
                    committee_dj_sessions_min: 6
                    rules:
                      ZR-01: {severity: CRITICAL}
                      ZR-02: {severity: MAJOR}
                      ZZ-02: {enabled: false, deduction: 0}
                """);

        assertThat(diff(before, after)).containsExactly(
                "profile county-2026 rule ZR-01: off → severity CRITICAL",
                "profile county-2026 rule DY-02: removed (was deduction 4)",
                "profile county-2026 rule ZZ-02: added (off, deduction 0)");
        assertThat(diff(after, after)).isEmpty();
    }

    @Test
    void aNewProfileShowsItsSwitchesBesideItsParameters() {
        LoadedPack before = withProfile("");
        LoadedPack after = withProfile("""
                  county-2026:
                    committee_dj_sessions_min: 6
                    rules:
                      ZR-01: {enabled: false}
                      ZZ-02: {enabled: true}
                """);

        assertThat(diff(before, after)).containsExactly(
                "profile county-2026: added (committee_dj_sessions_min=6; rule ZR-01 off; rule ZZ-02 on)");
        assertThat(diff(after, before)).containsExactly(
                "profile county-2026: removed (was committee_dj_sessions_min=6; rule ZR-01 off; rule ZZ-02 on)");
    }
}
