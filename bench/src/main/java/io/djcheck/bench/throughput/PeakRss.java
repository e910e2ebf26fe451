package io.djcheck.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size (VmHWM of /proc/self/status), where the OS tells it. */
public final class PeakRss {

    private PeakRss() {
    }

    /** Peak RSS in MiB, or -1 where /proc is not there (not Linux). */
    public static double mebibytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
