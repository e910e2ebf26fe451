package io.djcheck.bench.peers;

import io.djcheck.model.Status;

import java.util.List;

/** One status a peer's rule reported for one leaf of a pack rule, with the facts behind it. */
public record PeerVerdict(String ruleId, int leaf, Status status, List<?> facts) {
}
