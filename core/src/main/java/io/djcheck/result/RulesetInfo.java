package io.djcheck.result;

import java.util.Map;

/**
 * The pack a result was checked with: id and version from pack.yaml, the SHA-256 of the files
 * actually loaded, the profile chosen (or null) and the parameter values in force.
 */
public record RulesetInfo(String id, String version, String sha256, String profile, Map<String, Double> params) {
    public RulesetInfo {
        params = Map.copyOf(params);
    }
}
