package io.djcheck.bench;

import io.djcheck.testing.ReportGenerator;
import io.djcheck.ingest.Hashing;
import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One report text the benchmarks feed to djcheck and to its peers alike.
 *
 * <pre>{@code
 * List<Input> inputs = Input.load("seeds");     // the five seeds; "generated" for 200 variants; "003" for one seed
 * }</pre>
 */
public record Input(String name, String text) {

    /** How many variants the {@code generated} input set holds. */
    static final int GENERATED = 200;

    /** The document djcheck reads from this text (what {@code Checker.check(text, name)} builds). */
    public Document document() {
        return new Document(name, Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)), text, InputFormat.TEXT);
    }

    /**
     * The inputs named by a benchmark's {@code input} parameter: {@code seeds} (every seed report),
     * {@code generated} (varied reports made from the seeds) or the start of one seed's file name.
     */
    public static List<Input> load(String which) {
        List<Input> out = new ArrayList<>();
        switch (which.toLowerCase(Locale.ROOT)) {
            case "seeds" -> Repo.seedFiles().forEach(p -> out.add(new Input(p.getFileName().toString(), Repo.read(p))));
            case "generated" -> {
                ReportGenerator g = ReportGenerator.fromSeedFiles(Repo.seedFiles(), ReportGenerator.DEFAULT_SEED);
                for (int i = 0; i < GENERATED; i++) {
                    out.add(new Input(g.name(i), g.text(i)));
                }
            }
            default -> Repo.seedFiles().stream().filter(p -> p.getFileName().toString().startsWith(which))
                    .forEach(p -> out.add(new Input(p.getFileName().toString(), Repo.read(p))));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no benchmark input '" + which
                    + "'; use seeds, generated, or the start of a seed's file name (examples/reports)");
        }
        return List.copyOf(out);
    }
}
