package io.djcheck.engine;

import io.djcheck.model.Internal;
import java.util.Collection;

/** "Did you mean …?" for misspelt names: the closest candidate within a small edit distance. */
@Internal
public final class Suggest {

    private Suggest() {
    }

    public static String closest(String name, Collection<String> candidates) {
        // a truncated name (practice.sanhui) means the candidate it begins
        String prefixed = null;
        for (String c : candidates) {
            if (c.startsWith(name) && !c.equals(name) && (prefixed == null || c.length() < prefixed.length())) {
                prefixed = c;
            }
        }
        if (prefixed != null) {
            return prefixed;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, name.length() / 3);
        if (best != null && (bestDistance <= limit || best.startsWith(name) || name.startsWith(best))) {
            return best;
        }
        return null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
