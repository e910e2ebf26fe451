package io.djcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over every lexicon string (concept terms, cues, units, set phrases), built
 * once per pack and scanned once per report.
 *
 * <p>Hand-written rather than taken from a library for two reasons the libraries do not offer:
 * quotation marks inside a term are skipped while matching (主题“党日” matches 主题党日), and the
 * scan allocates nothing but its hits, which keeps extraction within a few microseconds per report.
 * Immutable after construction and safe to share between threads.
 *
 * @param <T> the payload a matched string carries
 */
final class TermAutomaton<T> {

    /** Receives every match: {@code [start, end)} in the scanned text and the payloads of the string. */
    interface Sink<T> {
        void hit(int start, int end, List<T> payloads);
    }

    private static final int ROOT = 0;

    private final int[] rootNext;     // direct table: the root sees every character of the text
    private final char[][] keys;      // per node: sorted transition characters
    private final int[][] targets;    // per node: the node each key leads to
    private final int[] fail;
    private final int[] outputLink;   // nearest proper suffix node that has output, or -1
    private final int[] firstOutput;  // the node itself when it has output, else outputLink: one read per character
    private final int[] length;       // pattern length ending at a node with output
    private final List<List<T>> outputs;
    private final int ringSize;     // a power of two at least the longest pattern, so the ring index is a mask
    // The automaton as a table (a DFA over the characters the patterns use): one array read per
    // character instead of a walk along failure links. Null when the table would be too large.
    private final char[] classOf;     // character → 1 + its index among pattern characters; 0 for others; QUOTE for quotes
    private final char[] quoteClass;  // the class each of QUOTES has at the root, where it is matched, not skipped
    private final char[] delta;       // state * alphabet + class - 1 → next state
    private final int alphabet;

    /** Largest table (entries) built; a bigger lexicon falls back to the failure-link walk. */
    private static final int MAX_TABLE = 8_000_000;

    private TermAutomaton(int[] rootNext, char[][] keys, int[][] targets, int[] fail, int[] outputLink,
                          int[] length, List<List<T>> outputs, int maxLength) {
        this.rootNext = rootNext;
        this.keys = keys;
        this.targets = targets;
        this.fail = fail;
        this.outputLink = outputLink;
        this.length = length;
        this.outputs = outputs;
        this.firstOutput = new int[outputs.size()];
        for (int i = 0; i < firstOutput.length; i++) {
            firstOutput[i] = outputs.get(i) != null ? i : outputLink[i];
        }
        this.ringSize = Integer.highestOneBit(Math.max(1, maxLength - 1)) << 1;
        char[] cls = new char[Character.MAX_VALUE + 1];
        int a = 0;
        for (char[] k : keys) {
            for (char c : k) {
                if (cls[c] == 0) {
                    cls[c] = (char) ++a;
                }
            }
        }
        this.alphabet = a;
        if (keys.length <= Character.MAX_VALUE && (long) keys.length * a <= MAX_TABLE && a < QUOTE) {
            this.delta = table(cls, a);
            this.quoteClass = new char[QUOTES.length()];
            for (int q = 0; q < QUOTES.length(); q++) {
                quoteClass[q] = cls[QUOTES.charAt(q)];
                cls[QUOTES.charAt(q)] = QUOTE;     // the scan learns from the one class read that a quote is skipped
            }
            this.classOf = cls;
        } else {
            this.classOf = null;
            this.quoteClass = null;
            this.delta = null;
        }
    }

    /** Fills the DFA row of every state from its own transitions and its failure state's row. */
    private char[] table(char[] cls, int a) {
        char[] symbols = new char[a];
        for (int c = 0; c < cls.length; c++) {
            if (cls[c] != 0) {
                symbols[cls[c] - 1] = (char) c;
            }
        }
        char[] d = new char[keys.length * a];
        for (int i = 0; i < a; i++) {
            d[i] = (char) rootNext[symbols[i]];
        }
        // breadth first, so that a state's failure state (always shallower) has its row already
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[ROOT]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            System.arraycopy(d, fail[s] * a, d, s * a, a);
            for (int k = 0; k < keys[s].length; k++) {
                d[s * a + cls[keys[s][k]] - 1] = (char) targets[s][k];
                queue.add(targets[s][k]);
            }
        }
        return d;
    }

    /** Builds the automaton; a string given several payloads reports them all on one hit. */
    static <T> TermAutomaton<T> build(Map<String, List<T>> patterns) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<T>> out = new ArrayList<>();
        List<Integer> len = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(null);
        len.add(0);
        int maxLength = 1;
        for (Map.Entry<String, List<T>> e : patterns.entrySet()) {
            String p = e.getKey();
            if (p.isEmpty()) {
                continue;
            }
            int node = ROOT;
            for (int i = 0; i < p.length(); i++) {
                Integer next = trie.get(node).get(p.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    out.add(null);
                    len.add(0);
                    trie.get(node).put(p.charAt(i), next);
                }
                node = next;
            }
            List<T> payloads = out.get(node) == null ? new ArrayList<>() : out.get(node);
            payloads.addAll(e.getValue());
            out.set(node, payloads);
            len.set(node, p.length());
            maxLength = Math.max(maxLength, p.length());
        }

        int n = trie.size();
        char[][] keys = new char[n][];
        int[][] targets = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Character, Integer> t = trie.get(i);
            keys[i] = new char[t.size()];
            targets[i] = new int[t.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : t.entrySet()) {
                keys[i][k] = e.getKey();
                targets[i][k++] = e.getValue();
            }
        }
        int[] rootNext = new int[Character.MAX_VALUE + 1];
        for (int k = 0; k < keys[ROOT].length; k++) {
            rootNext[keys[ROOT][k]] = targets[ROOT][k];
        }

        int[] fail = new int[n];
        int[] outputLink = new int[n];
        Arrays.fill(outputLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[ROOT]) {
            fail[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 0; k < keys[node].length; k++) {
                char c = keys[node][k];
                int child = targets[node][k];
                int f = fail[node];
                int next;
                while (true) {
                    next = f == ROOT ? rootNext[c] : transition(keys, targets, f, c);
                    if (next >= 0 || f == ROOT) {
                        break;
                    }
                    f = fail[f];
                }
                fail[child] = next > 0 && next != child ? next : ROOT;
                outputLink[child] = out.get(fail[child]) != null ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
        int[] length = new int[n];
        List<List<T>> outputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            length[i] = len.get(i);
            outputs.add(out.get(i) == null ? null : List.copyOf(out.get(i)));
        }
        return new TermAutomaton<>(rootNext, keys, targets, fail, outputLink, length, outputs, maxLength);
    }

    /** Convenience for tests and small lexicons: one payload per string. */
    static <T> TermAutomaton<T> of(Map<String, T> patterns) {
        Map<String, List<T>> m = new HashMap<>();
        patterns.forEach((k, v) -> m.put(k, List.of(v)));
        return build(m);
    }

    /** Reports every occurrence of every string in {@code text}, overlapping ones included. */
    void scan(CharSequence text, Sink<T> sink) {
        int[] consumed = new int[ringSize];    // positions of the last characters fed to the automaton
        int mask = ringSize - 1;
        int count = 0;
        int state = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (delta != null) {
                int cl = classOf[c];
                if (cl == QUOTE) {
                    if (state != ROOT) {
                        continue;               // 主题“党日” is still 主题党日
                    }
                    cl = quoteClass[QUOTES.indexOf(c)];
                }
                state = cl == 0 ? ROOT : delta[state * alphabet + cl - 1];
            } else {
                if (state != ROOT && isQuote(c)) {
                    continue;
                }
                state = step(state, c);
            }
            consumed[count++ & mask] = i;
            for (int s = firstOutput[state]; s >= 0; s = outputLink[s]) {
                int start = consumed[(count - length[s]) & mask];
                sink.hit(start, i + 1, outputs.get(s));
            }
        }
    }

    private int step(int state, char c) {
        while (state != ROOT) {
            int next = transition(keys, targets, state, c);
            if (next >= 0) {
                return next;
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    private static int transition(char[][] keys, int[][] targets, int node, char c) {
        char[] k = keys[node];
        if (k.length < 8) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return targets[node][i];
                }
            }
            return -1;
        }
        int i = Arrays.binarySearch(k, c);
        return i >= 0 ? targets[node][i] : -1;
    }

    /** The quotation marks skipped inside a term, and the class that marks them in {@link #classOf}. */
    private static final String QUOTES = "“”‘’\"「」";
    private static final char QUOTE = Character.MAX_VALUE;

    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
