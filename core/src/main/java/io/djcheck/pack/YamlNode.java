package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.engine.Suggest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML document as a tree that remembers where every node stands (file, line, column), so a
 * reader reports "rules/zuzhi.yaml:14:7" rather than "bad value". Parsed with SnakeYAML's composer
 * only: no object is ever constructed, a tag that asks for one ({@code !!java.io.File}) is refused,
 * and aliases, nesting and size are limited, so a pack file can neither run code nor explode
 * (billion laughs: a few aliases to aliases that would expand to millions of nodes).
 */
@Internal
public final class YamlNode {

    /** What a node holds. */
    public enum Kind { MAP, LIST, SCALAR, NULL }

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    /**
     * Most nodes a file's aliases may add when expanded. SnakeYAML limits the number of aliases, not
     * what they expand to: 48 aliases, each to a list of two aliases of the one before, make 2^24 nodes.
     */
    static final int MAX_ALIAS_EXPANSION = 10_000;
    /** The tags plain data resolves to; any other asks for an object, a set or bytes. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ, Tag.MERGE);

    private final String file;
    private final int line;
    private final int column;
    private final Kind kind;
    private final String scalar;
    private final boolean quoted;
    private final Map<String, YamlNode> map;
    private final Map<String, YamlNode> keys;
    private final List<YamlNode> list;

    private YamlNode(String file, int line, int column, Kind kind, String scalar, boolean quoted,
                     Map<String, YamlNode> map, Map<String, YamlNode> keys, List<YamlNode> list) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.kind = kind;
        this.scalar = scalar;
        this.quoted = quoted;
        this.map = map;
        this.keys = keys;
        this.list = list;
    }

    /**
     * Parses {@code text}; a syntax error is added to {@code problems} with its position and null
     * is returned. An empty document gives a NULL node.
     */
    public static YamlNode parse(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            // what Yaml.compose does, without building the Constructor and Representer that Yaml's
            // constructor makes for loading Java objects and dumping, which djcheck never does
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
            if (root == null) {
                return new YamlNode(file, 1, 1, Kind.NULL, null, false, Map.of(), Map.of(), List.of());
            }
            return new Converter(file, problems).convert(root);
        } catch (AliasBomb e) {
            problems.add(file, e.line, e.column, "yaml-too-large", "the aliases (*name) of this file expand to more than "
                    + MAX_ALIAS_EXPANSION + " nodes (a YAML bomb?); write the values out instead of repeating aliases");
            return null;
        } catch (MarkedYAMLException e) {
            String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            String code = code(problem);
            if (code.equals("yaml-syntax")) {
                YamlErrors.Located l = YamlErrors.explain(e, text);
                problems.add(file, l.line(), l.column(), code, l.message(), l.params());
            } else {
                Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                problems.add(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, code,
                        problem + (e.getContext() != null ? " (" + oneLine(e.getContext()) + ")" : ""));
            }
            return null;
        } catch (YAMLException e) {
            String problem = oneLine(e.getMessage());
            problems.add(file, 0, 0, code(problem), problem);
            return null;
        }
    }

    /** SnakeYAML's own refusals of a global tag or of too many aliases are ours too, under our codes. */
    private static String code(String problem) {
        if (problem.startsWith("Global tag is not allowed")) {
            return "yaml-tag";
        }
        return problem.startsWith("Number of aliases") ? "yaml-too-large" : "yaml-syntax";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Thrown out of the conversion when aliases expand past {@link #MAX_ALIAS_EXPANSION}. */
    private static final class AliasBomb extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        AliasBomb(Node at) {
            super(null, null, false, false);
            this.line = at.getStartMark().getLine() + 1;
            this.column = at.getStartMark().getColumn() + 1;
        }
    }

    /** Turns composed nodes into YamlNodes, counting the nodes reached a second time (through an alias). */
    private static final class Converter {
        private final String file;
        private final Problems problems;
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private int expanded;

        Converter(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        YamlNode convert(Node n) {
            if (!seen.add(n) && ++expanded > MAX_ALIAS_EXPANSION) {
                throw new AliasBomb(n);
            }
            int line = n.getStartMark().getLine() + 1;
            int col = n.getStartMark().getColumn() + 1;
            if (!PLAIN_TAGS.contains(n.getTag())) {
                problems.add(file, line, col, "yaml-tag", "'" + n.getTag() + "' asks YAML to build an object; pack files "
                        + "hold plain text, numbers, lists and maps only, so remove the tag");
                return new YamlNode(file, line, col, Kind.NULL, null, false, Map.of(), Map.of(), List.of());
            }
            if (n instanceof ScalarNode s) {
                boolean isNull = s.getTag().equals(Tag.NULL) && s.getScalarStyle().getChar() == null;
                if (isNull) {
                    return new YamlNode(file, line, col, Kind.NULL, null, false, Map.of(), Map.of(), List.of());
                }
                return new YamlNode(file, line, col, Kind.SCALAR, s.getValue(), s.getScalarStyle().getChar() != null,
                        Map.of(), Map.of(), List.of());
            }
            if (n instanceof SequenceNode seq) {
                List<YamlNode> items = new ArrayList<>();
                for (Node child : seq.getValue()) {
                    items.add(convert(child));
                }
                return new YamlNode(file, line, col, Kind.LIST, null, false, Map.of(), Map.of(),
                        Collections.unmodifiableList(items));
            }
            MappingNode m = (MappingNode) n;
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, YamlNode> keyNodes = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                YamlNode key = convert(t.getKeyNode());
                if (key.kind != Kind.SCALAR) {
                    problems.add(key, "yaml-key", "a key must be a plain name, not a " + key.kind.name().toLowerCase());
                    continue;
                }
                if (keyNodes.containsKey(key.scalar)) {    // the composer keeps both; a map holds one
                    problems.add(key, "duplicate-key", "'" + key.scalar + "' is given twice in this map (first at line "
                            + keyNodes.get(key.scalar).line + "); YAML keeps only one of them, so remove or rename one");
                    continue;
                }
                entries.put(key.scalar, convert(t.getValueNode()));
                keyNodes.put(key.scalar, key);
            }
            return new YamlNode(file, line, col, Kind.MAP, null, false, Collections.unmodifiableMap(entries),
                    Collections.unmodifiableMap(keyNodes), List.of());
        }
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public Kind kind() { return kind; }
    public boolean isMap() { return kind == Kind.MAP; }
    public boolean isList() { return kind == Kind.LIST; }
    public boolean isScalar() { return kind == Kind.SCALAR; }
    public boolean isNull() { return kind == Kind.NULL; }

    /** The scalar text, or null for a map, list or null node. */
    public String text() { return scalar; }

    /** Whether the scalar was written in quotes (then "4" is a string, not a number). */
    public boolean quoted() { return quoted; }

    /** Entries of a map in file order; empty for other kinds. */
    public Map<String, YamlNode> entries() { return map; }

    /** The node of an entry's key (for the position of a misspelt key). */
    public YamlNode keyNode(String key) { return keys.get(key); }

    public List<YamlNode> items() { return list; }

    public YamlNode get(String key) { return map.get(key); }

    public boolean has(String key) { return map.containsKey(key); }

    /** Where this node stands, as people read it: {@code rules/zuzhi.yaml:14:7}. */
    public String where() {
        return file + ":" + line + ":" + column;
    }

    // ---- typed reading, reporting a problem and returning null on a mismatch ----

    /** This map, or null after reporting that a map was expected. */
    public YamlNode requireMap(Problems p, String what) {
        if (!isMap()) {
            p.add(this, "schema", what + " must be a map of name: value, got " + describe());
            return null;
        }
        return this;
    }

    /** Reports every key not in {@code allowed} (misspelt or unknown fields). */
    public void allowOnly(Problems p, Set<String> allowed, String what) {
        for (String k : map.keySet()) {
            if (!allowed.contains(k)) {
                String hint = Suggest.closest(k, allowed);
                p.add(keys.get(k), "unknown-field", "'" + k + "' is not a field of " + what
                        + (hint != null ? " (did you mean " + hint + "?)" : "; allowed: " + String.join(", ", allowed)));
            }
        }
    }

    /** The required string at {@code key}, or null after reporting why not. */
    public String string(Problems p, String key, boolean required) {
        YamlNode v = map.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                p.add(this, "missing-field", "'" + key + "' is required here");
            }
            return null;
        }
        if (!v.isScalar()) {
            p.add(v, "schema", "'" + key + "' must be text, got " + v.describe());
            return null;
        }
        return v.scalar;
    }

    /** The flag at {@code key}: true or false (absent: false); anything else is reported, not read as false. */
    public boolean flag(Problems p, String key) {
        YamlNode v = map.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isScalar() && !v.quoted && (v.scalar.equals("true") || v.scalar.equals("false"))) {
            return v.scalar.equals("true");
        }
        p.add(v, "schema", "'" + key + "' must be true or false, got " + v.describe());
        return false;
    }

    /** A number at {@code key}, or null after reporting why not. */
    public Double number(Problems p, String key, boolean required) {
        YamlNode v = map.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                p.add(this, "missing-field", "'" + key + "' is required here");
            }
            return null;
        }
        return v.asNumber(p, "'" + key + "'");
    }

    /** This scalar as a number, or null after reporting why not. */
    public Double asNumber(Problems p, String what) {
        if (isScalar() && !quoted) {
            try {
                double d = Double.parseDouble(scalar.replace("_", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        p.add(this, "schema", what + " must be a number, got " + describe());
        return null;
    }

    /** A list of strings: a single string is accepted as a list of one. */
    public List<String> strings(Problems p, String what) {
        if (isScalar()) {
            return List.of(scalar);
        }
        if (!isList()) {
            p.add(this, "schema", what + " must be a list of text, got " + describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : list) {
            if (item.isScalar()) {
                out.add(item.scalar);
            } else {
                p.add(item, "schema", what + " must hold text only, got " + item.describe());
            }
        }
        return out;
    }

    public String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> "'" + scalar + "'";
        };
    }
}
