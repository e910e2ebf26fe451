package io.djcheck;

import io.djcheck.pack.RulePack;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 reloads of the default pack, each a new pack (a parameter changes every time; the compiled
 * rules are reused, see CompiledRulesReuseTest), leave the
 * heap where it was: every replaced pack is collected, and the heap after GC does not grow by more
 * than a fraction of what one compiled pack holds.
 */
class ReloadReleasesOldPacksTest {

    private static final int RELOADS = 200;
    private static final int WARM_UP = 10;

    @Test
    void twoHundredReloadsReleaseEveryOldPack(@TempDir Path dir) throws Exception {
        Packs.copyDefault(dir);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).build();
        int value = 100;
        for (int i = 0; i < WARM_UP; i++) {
            reload(checker, dir, value++);
        }
        long perPack = retainedSizeOfOnePack(checker, dir, value);
        value += 5;
        long before = usedAfterGc();

        List<WeakReference<Object>> replaced = new ArrayList<>();
        for (int i = 0; i < RELOADS; i++) {
            replaced.add(new WeakReference<>(checker.engine()));
            reload(checker, dir, value++);
            if (i % 50 == 0) {
                checker.check(ReloadTest.TEXT, "t.txt");       // packs that served checks go too
            }
        }
        long after = usedAfterGc();

        long alive = replaced.stream().filter(r -> r.get() != null).count();
        assertThat(alive).as("replaced packs still reachable after %d reloads", RELOADS).isZero();
        long growth = after - before;
        System.out.printf("reload memory: one compiled pack retains %,d bytes; heap after GC %,d -> %,d bytes "
                + "over %d reloads (growth %,d)%n", perPack, before, after, RELOADS, growth);
        assertThat(perPack).as("one compiled pack is measurable").isPositive();
        assertThat(growth).as("heap growth over %d reloads, against %,d bytes per pack", RELOADS, perPack)
                .isLessThan(perPack);
    }

    private static void reload(Checker checker, Path dir, int value) throws IOException {
        ReloadTest.setParam(dir, "members_disciplined_max", Integer.toString(value));
        assertThat(checker.reload().status()).isEqualTo(Checker.ReloadStatus.RELOADED);
    }

    /** What holding five more compiled packs costs, divided by five. */
    private static long retainedSizeOfOnePack(Checker checker, Path dir, int value) throws IOException {
        long base = usedAfterGc();
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(checker.engine());
            reload(checker, dir, value + i);
        }
        long with = usedAfterGc();
        held.clear();
        return (with - base) / 5;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used - 64 * 1024) {
                return Math.min(now, used);
            }
            used = now;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return used;
    }
}
