package io.djcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository's distinct reports (the samples and the corpus texts, each a different report by a
 * different organisation) and the four ways a report is copied, for the duplicate search's tests:
 * verbatim, with its figures and name changed, with its paragraphs shuffled, and with 30 % of its
 * sentences replaced by sentences of other reports. Reproducible from a seed.
 */
public final class PlantedCopies {

    /** How a planted copy was made. */
    public enum Kind { VERBATIM, FIGURES_CHANGED, SHUFFLED, REWRITTEN_30 }

    /** A distinct report: its file name and text. */
    public record Original(String name, String text) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMERALS = Pattern.compile("[一二三四五六七八九十两]+(?=[个名次人场项村户年月])");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；\\n]+[。！？；]?");
    private static final String[] PLACES = {"城关镇", "东坡村", "新华街道", "柳河乡", "青石社区"};

    private final Random random;
    private final List<Original> originals;

    public PlantedCopies(long seed) {
        this(seed, distinctReports());
    }

    /** Copies whose rewritten sentences come from {@code others} (read once, shared by many generators). */
    public PlantedCopies(long seed, List<Original> others) {
        this.random = new Random(seed);
        this.originals = List.copyOf(others);
    }

    /** The sample reports and every text of corpus/dev and corpus/own: no two are copies of each other. */
    public static List<Original> distinctReports() {
        Path root = Corpus.root();
        List<Original> out = new ArrayList<>();
        for (Path dir : List.of(root.resolve("examples/reports"), root.resolve("corpus/dev/texts"),
                root.resolve("corpus/own/texts"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted()
                        .forEach(p -> out.add(new Original(p.getFileName().toString(), Corpus.read(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public List<Original> originals() {
        return originals;
    }

    /** A copy of {@code original} made the way {@code kind} says. */
    public String copy(Original original, Kind kind) {
        return switch (kind) {
            case VERBATIM -> original.text();
            case FIGURES_CHANGED -> changeFigures(original.text());
            case SHUFFLED -> shuffleParagraphs(original.text());
            case REWRITTEN_30 -> rewrite(original, 0.30);
        };
    }

    /** Every Arabic figure and counted Chinese numeral changed, and a place name put in front of the first 党委/党支部. */
    private String changeFigures(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group();
            StringBuilder changed = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                changed.append((char) ('0' + (i == 0 && digits.length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10))));
            }
            m.appendReplacement(sb, changed.toString());
        }
        m.appendTail(sb);
        Matcher n = NUMERALS.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(out, "一二三四五六七八九十".charAt(random.nextInt(10)) + "");
        }
        n.appendTail(out);
        String place = PLACES[random.nextInt(PLACES.length)];
        return out.toString().replaceFirst("(党委|党支部|党总支)", place + "$1");
    }

    /** The lines (paragraphs) in a random order. */
    private String shuffleParagraphs(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    /** About {@code share} of the characters, by whole sentences, replaced with sentences of other reports. */
    private String rewrite(Original original, double share) {
        List<String> others = new ArrayList<>();
        for (Original o : originals) {
            if (!o.name().equals(original.name())) {
                Matcher m = SENTENCE.matcher(o.text());
                while (m.find()) {
                    if (m.group().length() >= 15) {
                        others.add(m.group());
                    }
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(original.text());
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                sentences.add(original.text().substring(last, m.start()));
            }
            sentences.add(m.group());
            last = m.end();
        }
        sentences.add(original.text().substring(last));
        int total = original.text().length();
        int replaced = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            String s = sentences.get(i);
            if (s.length() < 10 || replaced + s.length() > share * total + 40) {
                continue;                               // a sentence that would overshoot the share is kept
            }
            replaced += s.length();
            sentences.set(i, sentenceLike(others, s.length()));
        }
        return String.join("", sentences);
    }

    /** A sentence of another report about as long as the one it replaces, so the share rewritten stays the share replaced. */
    private String sentenceLike(List<String> others, int length) {
        for (int tries = 0; tries < 1000; tries++) {
            String s = others.get(random.nextInt(others.size()));
            if (Math.abs(s.length() - length) <= Math.max(5, length / 5)) {
                return s;
            }
        }
        return others.get(random.nextInt(others.size()));
    }
}
