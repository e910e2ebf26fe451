package io.djcheck.extract;

import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The sections of a report, and the kind of section any offset falls in. Every fact asks, so the
 * answers are laid out once per stretch of text between two section boundaries and found by binary
 * search: a report with thousands of headings and facts is not checked in their product.
 */
final class SectionMap {

    private static final SectionKind[] KINDS = SectionKind.values();

    private final List<Section> sections;
    /** Start of each stretch; stretch {@code i} runs to {@code bounds[i + 1]}. */
    private final int[] bounds;
    /** The innermost classified section's kind over each stretch, null for none. */
    private final SectionKind[] innermost;
    /** Bit {@code k.ordinal()} set where a section of kind {@code k} holds the stretch. */
    private final int[] within;

    SectionMap(List<Section> sections) {
        this.sections = List.copyOf(sections);
        this.bounds = boundaries(this.sections);
        this.innermost = new SectionKind[bounds.length];
        this.within = new int[bounds.length];
        sweep();
    }

    private static int[] boundaries(List<Section> sections) {
        int[] all = new int[sections.size() * 2];
        for (int i = 0; i < sections.size(); i++) {
            all[2 * i] = sections.get(i).start();
            all[2 * i + 1] = sections.get(i).end();
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /**
     * One pass over the boundaries with the sections open at each: the shortest classified one is
     * innermost (the first listed on a tie, as a scan of the list would find it).
     */
    private void sweep() {
        Integer[] byStart = order(Comparator.comparingInt(i -> sections.get(i).start()));
        Integer[] byEnd = order(Comparator.comparingInt(i -> sections.get(i).end()));
        TreeSet<Integer> open = new TreeSet<>(Comparator
                .comparingInt((Integer i) -> sections.get(i).end() - sections.get(i).start())
                .thenComparingInt(i -> i));
        int[] openOfKind = new int[KINDS.length];
        int s = 0;
        int e = 0;
        for (int b = 0; b < bounds.length; b++) {
            for (; e < byEnd.length && sections.get(byEnd[e]).end() <= bounds[b]; e++) {
                close(byEnd[e], open, openOfKind);
            }
            for (; s < byStart.length && sections.get(byStart[s]).start() <= bounds[b]; s++) {
                if (sections.get(byStart[s]).end() > bounds[b]) {
                    Section opened = sections.get(byStart[s]);
                    openOfKind[opened.kind().ordinal()]++;
                    if (opened.kind() != SectionKind.OTHER) {
                        open.add(byStart[s]);
                    }
                }
            }
            innermost[b] = open.isEmpty() ? null : sections.get(open.first()).kind();
            int mask = 0;
            for (int k = 0; k < KINDS.length; k++) {
                if (openOfKind[k] > 0) {
                    mask |= 1 << k;
                }
            }
            within[b] = mask;
        }
    }

    /** An empty section is never open; one that ends here was opened at an earlier boundary. */
    private void close(int i, TreeSet<Integer> open, int[] openOfKind) {
        Section c = sections.get(i);
        if (c.end() > c.start()) {
            openOfKind[c.kind().ordinal()]--;
            open.remove(i);
        }
    }

    private Integer[] order(Comparator<Integer> by) {
        List<Integer> idx = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            idx.add(i);
        }
        idx.sort(by);
        return idx.toArray(new Integer[0]);
    }

    List<Section> sections() {
        return sections;
    }

    /** The innermost classified section holding {@code offset}; OTHER outside all of them. */
    SectionKind kindAt(int offset) {
        int b = stretch(offset);
        return b < 0 || innermost[b] == null ? SectionKind.OTHER : innermost[b];
    }

    /** Whether {@code offset} lies in a section of {@code kind}, however nested. */
    boolean within(int offset, SectionKind kind) {
        int b = stretch(offset);
        return b >= 0 && (within[b] & (1 << kind.ordinal())) != 0;
    }

    /** The stretch holding {@code offset}, or -1 before the first boundary. */
    private int stretch(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        return i >= 0 ? i : -i - 2;
    }
}
