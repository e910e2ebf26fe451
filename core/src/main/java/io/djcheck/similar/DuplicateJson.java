package io.djcheck.similar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The JSON line of one {@link DuplicateCluster}, as {@code duplicates.jsonl} holds it (one line per
 * cluster): {@code schemaVersion}, {@code similarity}, {@code oldest}, {@code members} [{@code source},
 * {@code modified}, {@code similarityToOldest}], {@code pairs} [{@code first}, {@code second},
 * {@code similarity}] by member position, {@code passages} [{@code source}, {@code start}, {@code end},
 * {@code quote}, {@code copy}, {@code copyStart}, {@code copyEnd}, {@code copyQuote}]. Similarities
 * are rounded to three decimals; times are ISO-8601 instants.
 *
 * <pre>{@code
 * for (DuplicateCluster c : clusters) out.println(DuplicateJson.toJsonLine(c));
 * }</pre>
 */
public final class DuplicateJson {

    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DuplicateJson() {
    }

    public static String toJsonLine(DuplicateCluster c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("similarity", round(c.similarity()));
        o.put("oldest", c.oldest().source());
        ArrayNode members = o.putArray("members");
        for (DuplicateCluster.Member m : c.members()) {
            ObjectNode n = members.addObject();
            n.put("source", m.source());
            if (m.modified() != null) {
                n.put("modified", m.modified().toString());
            } else {
                n.putNull("modified");
            }
            n.put("similarityToOldest", round(m.similarityToOldest()));
        }
        ArrayNode pairs = o.putArray("pairs");
        for (DuplicateCluster.Pair p : c.pairs()) {
            pairs.addObject().put("first", p.first()).put("second", p.second()).put("similarity", round(p.similarity()));
        }
        ArrayNode passages = o.putArray("passages");
        for (DuplicateCluster.Passage p : c.passages()) {
            passages.addObject().put("source", p.source()).put("start", p.start()).put("end", p.end()).put("quote", p.quote())
                    .put("copy", p.copy()).put("copyStart", p.copyStart()).put("copyEnd", p.copyEnd())
                    .put("copyQuote", p.copyQuote());
        }
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A similarity to three decimals, for people and diffs (the estimate's own error is about 0.04). */
    public static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
