package io.djcheck.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pack a result was checked with: id and version from pack.yaml, the SHA-256 of the files
 * actually loaded, the profile chosen (or null), the parameter values in force and what the
 * profile changed of its rules ({@code ZZ-02 → off}; empty when nothing).
 */
public record RulesetInfo(String id, String version, String sha256, String profile, Map<String, Double> params,
                          Map<String, String> rules) {
    public RulesetInfo {
        params = Map.copyOf(params);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public RulesetInfo(String id, String version, String sha256, String profile, Map<String, Double> params) {
        this(id, version, sha256, profile, params, Map.of());
    }
}
