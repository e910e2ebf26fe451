package io.djcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes large, varied batches of reports from the seeds, reproducibly: body paragraphs are shuffled
 * within their part (lines that open with an ordinal such as 一、 or （二） stay where they are),
 * Arabic figures are changed (years and masked figures are kept), and common wording is swapped
 * (加强/强化, 提升/提高 ...; none of these words is part of a lexicon term, so the facts stay the
 * same kind). Report {@code i} depends only on the seed value and {@code i}, so a batch can be made
 * in any order and made again identically.
 *
 * <pre>{@code
 * ReportGenerator g = ReportGenerator.fromSeeds(ReportGenerator.DEFAULT_SEED);
 * String text = g.text(42);
 * g.write(Path.of("/tmp/batch"), 10_000);      // report-000000.txt ... with the same texts
 * }</pre>
 */
public final class ReportGenerator {

    public static final long DEFAULT_SEED = 20240601L;

    /** A line that stays in place: it opens with an ordinal (一、 （二） 第三 1.) and so anchors its part. */
    private static final Pattern ANCHOR = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+|\\d+[.、])");
    /** A figure: digits with an optional decimal part, not part of a longer run of digits or masks. */
    private static final Pattern FIGURE = Pattern.compile("(?<![0-9.*＊Xx])(\\d+)(?:\\.(\\d+))?(?![0-9*＊])");
    private static final String[][] SWAPS = {
            {"加强", "强化"}, {"提升", "提高"}, {"有效", "有力"}, {"不断", "持续"}, {"着力", "大力"}, {"一年来", "今年以来"},
    };

    private final List<String> seeds;
    private final List<String> seedNames;
    private final long seed;

    ReportGenerator(List<String> seedNames, List<String> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("the generator needs at least one seed report");
        }
        this.seedNames = List.copyOf(seedNames);
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
    }

    /** A generator over the repository's seed reports (examples/reports). */
    public static ReportGenerator fromSeeds(long seed) {
        return fromSeedFiles(Corpus.seedFiles(), seed);
    }

    /** A generator over the given seed report files (UTF-8 text). */
    public static ReportGenerator fromSeedFiles(List<Path> files, long seed) {
        List<String> texts = new ArrayList<>(files.size());
        for (Path p : files) {
            try {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed report " + p + ": " + e.getMessage(), e);
            }
        }
        return new ReportGenerator(files.stream().map(p -> p.getFileName().toString()).toList(), texts, seed);
    }

    /** The file name of report {@code i}: {@code report-000042.txt}. */
    public String name(int i) {
        return String.format(Locale.ROOT, "report-%06d.txt", i);
    }

    /** The seed report {@code i} is made from. */
    public String seedOf(int i) {
        return seedNames.get(i % seeds.size());
    }

    /** The text of report {@code i}. */
    public String text(int i) {
        Random random = new Random(mix(seed * 1_000_003L + i));
        String base = seeds.get(i % seeds.size());
        return swapWording(changeFigures(shuffleParagraphs(base, random), random), random);
    }

    /** Writes reports {@code 0..count-1} into {@code dir}, keeping files already there; returns their paths. */
    public List<Path> write(Path dir, int count) {
        List<Path> out = new ArrayList<>(count);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Path p = dir.resolve(name(i));
                if (!Files.exists(p)) {
                    Files.writeString(p, text(i), StandardCharsets.UTF_8);
                }
                out.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated reports to " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Spreads neighbouring seeds apart: java.util.Random's first draws from close seeds are alike. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static String shuffleParagraphs(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int from = 1;                                    // the first line is the title or opening: kept
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || ANCHOR.matcher(lines.get(i)).find() || lines.get(i).isBlank()) {
                if (i - from > 1) {
                    Collections.shuffle(lines.subList(from, i), random);
                }
                from = i + 1;
            }
        }
        return String.join("\n", lines);
    }

    static String changeFigures(String text, Random random) {
        Matcher m = FIGURE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(changed(m.group(1), m.group(2), text, m.end(), random)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String changed(String whole, String decimals, String text, int end, Random random) {
        long n = whole.length() > 12 ? -1 : Long.parseLong(whole);
        boolean year = decimals == null && n >= 1900 && n <= 2100;
        if (n < 0 || year) {
            return decimals == null ? whole : whole + "." + decimals;
        }
        boolean percent = end < text.length() && (text.charAt(end) == '%' || text.charAt(end) == '％');
        double factor = 0.7 + 0.6 * random.nextDouble();              // within ±30 %
        if (decimals == null) {
            long v = Math.max(n == 0 ? 0 : 1, Math.round(n * factor));
            return Long.toString(percent ? Math.min(v, 100) : v);
        }
        double v = Double.parseDouble(whole + "." + decimals) * factor;
        if (percent) {
            v = Math.min(v, 100);
        }
        return String.format(Locale.ROOT, "%." + decimals.length() + "f", v);
    }

    static String swapWording(String text, Random random) {
        String out = text;
        for (String[] pair : SWAPS) {
            if (random.nextBoolean()) {
                String from = random.nextBoolean() ? pair[0] : pair[1];
                String to = from.equals(pair[0]) ? pair[1] : pair[0];
                out = out.replace(from, to);
            }
        }
        return out;
    }
}
