package io.djcheck.pack;

/**
 * What a pack says it is ({@code pack.yaml}) and the hash of its content; every result names the
 * pack it was checked with.
 */
public record PackInfo(String id, String version, String description, String sha256, String source) {
}
