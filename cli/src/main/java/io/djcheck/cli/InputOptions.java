package io.djcheck.cli;

import io.djcheck.ingest.ReadLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The limits on each input file, shared by every command that reads reports. */
final class InputOptions {

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest report file read, e.g. 50MB or 800KB (default 20MB).")
    Long maxSize;

    @Option(names = "--max-pages", paramLabel = "N", description = "Most pages of a PDF (default 500).")
    Integer maxPages;

    @Option(names = "--max-expanded", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Most a .docx or PDF may expand to when unpacked (default 50MB); guards against zip bombs.")
    Long maxExpanded;

    @Option(names = "--max-facts", paramLabel = "N",
            description = "Most facts (figures, mentions, sections...) a report may hold to be checked (default 2000).")
    Integer maxFacts;

    @Option(names = "--force",
            description = "Check a text even when it is no Party-building report (otherwise refused: exit 3).")
    boolean force;

    ReadLimits limits() {
        ReadLimits limits = ReadLimits.defaults();
        try {
            if (maxSize != null) {
                limits = limits.withMaxBytes(maxSize);
            }
            if (maxPages != null) {
                limits = limits.withMaxPages(maxPages);
            }
            if (maxExpanded != null) {
                limits = limits.withMaxExpandedBytes(maxExpanded);
            }
            if (maxFacts != null) {
                limits = limits.withMaxFacts(maxFacts);
            }
        } catch (IllegalArgumentException e) {
            throw UsageException.verbatim(e.getMessage());
        }
        return limits;
    }

    /** "20MB", "800KB", "1.5GB", "4096": a size in bytes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMG]?)B?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size; write it like 20MB, 800KB or 4096");
            }
            double n = Double.parseDouble(m.group(1));
            int shift = m.group(2).isEmpty() ? 0 : "KMG".indexOf(m.group(2)) * 10 + 10;
            return (long) (n * (1L << shift));
        }
    }
}
