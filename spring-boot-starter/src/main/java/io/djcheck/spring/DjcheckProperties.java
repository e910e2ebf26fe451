package io.djcheck.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code djcheck.*} settings of the shared {@link io.djcheck.Checker}.
 *
 * <pre>
 * djcheck:
 *   rules-dir: /etc/djcheck/rules      # default: the built-in pack
 *   profile: zhejiang-2024
 *   params:
 *     committee_dj_sessions_min: 6
 *   limits:
 *     max-size: 50MB
 *   watch: true
 * </pre>
 */
@ConfigurationProperties("djcheck")
public class DjcheckProperties {

    /** Rule pack folder (pack.yaml, params.yaml, ...); when unset, the default pack of djcheck-rules. */
    private Path rulesDir;

    /** Parameter profile of the pack's params.yaml (a region and year). */
    private String profile;

    /** Parameter overrides, e.g. djcheck.params.committee_dj_sessions_min=6. */
    private Map<String, Double> params = new LinkedHashMap<>();

    /** Reload the pack when a file of rules-dir changes; a broken edit keeps the last good pack. */
    private boolean watch;

    /** Refuse DRL rules in the pack (for packs from less-trusted editors). */
    private boolean noDrl;

    /** Limits on each report read. */
    private final Limits limits = new Limits();

    public Path getRulesDir() {
        return rulesDir;
    }

    public void setRulesDir(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Map<String, Double> getParams() {
        return params;
    }

    public void setParams(Map<String, Double> params) {
        this.params = params;
    }

    public boolean isWatch() {
        return watch;
    }

    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    public boolean isNoDrl() {
        return noDrl;
    }

    public void setNoDrl(boolean noDrl) {
        this.noDrl = noDrl;
    }

    public Limits getLimits() {
        return limits;
    }

    /** Limits on each report read, as the command line's --max-size, --max-pages, --max-expanded, --max-facts. */
    public static class Limits {

        /** Largest report file read (default 20MB). */
        private DataSize maxSize;

        /** Most pages of a PDF (default 500). */
        private Integer maxPages;

        /** Most a .docx or PDF may expand to when unpacked (default 50MB); guards against zip bombs. */
        private DataSize maxExpanded;

        /** Most facts a report may hold to be checked (default 2000). */
        private Integer maxFacts;

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        public Integer getMaxPages() {
            return maxPages;
        }

        public void setMaxPages(Integer maxPages) {
            this.maxPages = maxPages;
        }

        public DataSize getMaxExpanded() {
            return maxExpanded;
        }

        public void setMaxExpanded(DataSize maxExpanded) {
            this.maxExpanded = maxExpanded;
        }

        public Integer getMaxFacts() {
            return maxFacts;
        }

        public void setMaxFacts(Integer maxFacts) {
            this.maxFacts = maxFacts;
        }
    }
}
