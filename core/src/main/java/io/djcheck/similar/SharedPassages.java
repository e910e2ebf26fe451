package io.djcheck.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest passages two masked texts share, wherever each stands (paragraphs moved around are
 * found in their new places): every anchor of {@link #ANCHOR} characters of the second text is
 * looked up among the first's, and a hit is grown both ways as far as the texts agree. Linear in
 * the two lengths; run for a few pairs per cluster only.
 */
final class SharedPassages {

    /** Characters two texts must share to start a passage. */
    static final int ANCHOR = 12;

    private SharedPassages() {
    }

    /** A run of equal compared characters: {@code length} from {@code a} in the first text and {@code b} in the second. */
    record Block(int a, int b, int length) {
    }

    /** Every maximal shared run of at least {@code minLength} characters, longest first, none overlapping in the second text. */
    static List<Block> between(MaskedText first, MaskedText second, int minLength) {
        String x = first.text();
        String y = second.text();
        Map<Long, Integer> anchors = new HashMap<>();
        for (int i = 0; i + ANCHOR <= x.length(); i++) {
            anchors.putIfAbsent(hash(x, i), i);             // the first place an anchor occurs: copies keep their order within a passage
        }
        List<Block> blocks = new ArrayList<>();
        int j = 0;
        while (j + ANCHOR <= y.length()) {
            Integer at = anchors.get(hash(y, j));
            if (at == null || !x.regionMatches(at, y, j, ANCHOR)) {
                j++;
                continue;
            }
            int a = at;
            int b = j;
            while (a > 0 && b > 0 && x.charAt(a - 1) == y.charAt(b - 1) && !inBlock(blocks, b - 1)) {
                a--;
                b--;
            }
            int end = j + ANCHOR;
            while (at + (end - j) < x.length() && end < y.length() && x.charAt(at + (end - j)) == y.charAt(end)) {
                end++;
            }
            if (end - b >= minLength) {
                blocks.add(new Block(a, b, end - b));
            }
            j = end;
        }
        blocks.sort(Comparator.comparingInt(Block::length).reversed().thenComparingInt(Block::b));
        return blocks;
    }

    private static boolean inBlock(List<Block> blocks, int b) {
        if (blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);         // blocks are found left to right in the second text
        return b < last.b() + last.length();
    }

    private static long hash(String s, int i) {
        long h = 1125899906842597L;
        for (int k = i; k < i + ANCHOR; k++) {
            h = 31 * h + s.charAt(k);
        }
        return h;
    }
}
