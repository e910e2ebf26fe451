package io.djcheck.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a run measured: cores, CPU model, memory, OS. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu() + "), " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String cpu() {
        return proc("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static String memory() {
        return proc("/proc/meminfo", "MemTotal")
                .map(v -> String.format(Locale.ROOT, "%.1f GiB RAM", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                .orElse("RAM unknown");
    }

    private static java.util.Optional<String> proc(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
