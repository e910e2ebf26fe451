import io.djcheck.testing.ReportGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** java -cp core/target/test-classes bench/spark/Generate.java DIR COUNT: COUNT distinct reports made from the seeds. */
public class Generate {
    public static void main(String[] args) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ReportGenerator.fromSeedFiles(seeds, ReportGenerator.DEFAULT_SEED).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
