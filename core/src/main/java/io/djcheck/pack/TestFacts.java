package io.djcheck.pack;

import io.djcheck.engine.MessageTemplate;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.FormatIssueKind;
import io.djcheck.model.Genre;
import io.djcheck.model.Mention;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Report} of a test case that gives facts instead of text, so a rule can be
 * tested on exactly the facts it reads:
 *
 * <pre>
 * facts:
 *   genre: DUTY_REPORT
 *   sections: [PROBLEMS, NEXT_STEPS]
 *   quantities:
 *     - {concept: committee.dj_sessions, value: 3, perYear: 3}
 *     - {concept: villages.income_at_or_above, value: 8, thresholdYuan: 100000}
 *     - {concept: members.disciplined, masked: true}
 *   mentions:
 *     - {concept: practice.sanhui_yike, context: PROBLEM, quote: “三会一课”落实不到位}
 *   placeholders: [XX]
 *   formatIssues: [ORDINAL_GAP]
 * </pre>
 *
 * Each fact gets a line of a made-up report text (its quote, or a description) as its evidence.
 */
final class TestFacts {

    private static final Set<String> FIELDS = Set.of("genre", "year", "orgLevel", "sections", "quantities", "mentions",
            "placeholders", "formatIssues");
    private static final Set<String> QUANTITY_FIELDS = Set.of("concept", "value", "upper", "perYear", "unit",
            "qualifier", "context", "masked", "thresholdYuan", "quote");

    private final Lexicon lexicon;
    private final Problems p;

    TestFacts(Lexicon lexicon, Problems problems) {
        this.lexicon = lexicon;
        this.p = problems;
    }

    /** The report the facts describe, or null after reporting what is wrong with them. */
    Report report(YamlNode f, String name) {
        if (f.requireMap(p, "facts") == null) {
            return null;
        }
        f.allowOnly(p, FIELDS, "facts");
        int before = p.size();
        StringBuilder text = new StringBuilder();
        Genre genre = f.get("genre") == null ? Genre.UNKNOWN : one(Genre.class, f, "genre");
        OrgLevel level = f.get("orgLevel") == null ? OrgLevel.UNKNOWN : one(OrgLevel.class, f, "orgLevel");
        Double year = f.number(p, "year", false);

        List<Section> sections = new ArrayList<>();
        for (YamlNode s : items(f.get("sections"))) {
            SectionKind kind = s.isScalar() ? LexiconReader.enumOf(SectionKind.class, s.text(), s, p, "section kind") : null;
            if (kind != null) {
                String heading = kind.label();
                int start = append(text, heading);
                sections.add(new Section(kind, heading, start, text.length()));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        for (YamlNode q : items(f.get("quantities"))) {
            Quantity quantity = quantity(q, text);
            if (quantity != null) {
                quantities.add(quantity);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (YamlNode m : items(f.get("mentions"))) {
            if (m.requireMap(p, "a mention") == null) {
                continue;
            }
            m.allowOnly(p, Set.of("concept", "context", "quote"), "a mention");
            String concept = concept(m, true);
            FactContext ctx = context(m);
            if (concept != null && ctx != null) {
                mentions.add(new Mention(concept, ctx, evidence(text, quote(m, concept + " " + ctx))));
            }
        }
        List<Placeholder> placeholders = new ArrayList<>();
        for (YamlNode t : items(f.get("placeholders"))) {
            if (t.isScalar()) {
                placeholders.add(new Placeholder(t.text(), evidence(text, t.text())));
            } else {
                p.add(t, "schema", "a placeholder is its token, e.g. XX, got " + t.describe());
            }
        }
        List<FormatIssue> issues = new ArrayList<>();
        for (YamlNode k : items(f.get("formatIssues"))) {
            FormatIssueKind kind = k.isScalar()
                    ? LexiconReader.enumOf(FormatIssueKind.class, k.text(), k, p, "format issue kind") : null;
            if (kind != null) {
                issues.add(new FormatIssue(kind, kind.name(), evidence(text, kind.name())));
            }
        }
        if (p.size() > before || genre == null || level == null) {
            return null;
        }
        return new Report(name, sha256(text.toString()), text.toString(), genre, year == null ? null : year.intValue(),
                level, sections, quantities, mentions, placeholders, issues);
    }

    private Quantity quantity(YamlNode q, StringBuilder text) {
        if (q.requireMap(p, "a quantity") == null) {
            return null;
        }
        q.allowOnly(p, QUANTITY_FIELDS, "a quantity");
        String concept = concept(q, false);
        FactContext ctx = context(q);
        boolean masked = q.flag(p, "masked");
        Double value = q.number(p, "value", false);
        Qualifier qualifier = masked ? Qualifier.MASKED : q.get("qualifier") == null ? Qualifier.EXACT
                : one(Qualifier.class, q, "qualifier");
        if (!masked && value == null) {
            p.add(q, "missing-field", "a quantity needs 'value' (or 'masked: true' for a hidden number)");
            return null;
        }
        if (masked && value != null) {
            p.add(q.get("value"), "schema", "a masked quantity has no value; drop 'value' or 'masked'");
            return null;
        }
        Double threshold = q.number(p, "thresholdYuan", false);
        if (concept == null || ctx == null || qualifier == null) {
            return null;
        }
        String description = concept + " = " + (value == null ? "*" : MessageTemplate.format(value));
        return new Quantity(concept, value, q.number(p, "upper", false), qualifier, q.string(p, "unit", false),
                q.number(p, "perYear", false), ctx, threshold == null ? Map.of() : Map.of(Quantity.THRESHOLD_YUAN, threshold),
                evidence(text, quote(q, description)));
    }

    private String concept(YamlNode n, boolean mention) {
        String c = n.string(p, "concept", true);
        if (c == null) {
            return null;
        }
        Set<String> vocabulary = YamlRuleReader.vocabulary(lexicon, mention);
        return YamlRuleReader.known(c, vocabulary, mention, n.get("concept"), p) ? c : null;
    }


    private FactContext context(YamlNode n) {
        return n.get("context") == null ? FactContext.AFFIRMED : one(FactContext.class, n, "context");
    }

    private <E extends Enum<E>> E one(Class<E> type, YamlNode n, String key) {
        String s = n.string(p, key, false);
        String what = key.equals("orgLevel") ? "org level" : key;     // names the problem code: unknown-org-level
        return s == null ? null : LexiconReader.enumOf(type, s, n.get(key), p, what);
    }

    private String quote(YamlNode n, String otherwise) {
        String q = n.string(p, "quote", false);
        return q == null ? otherwise : q;
    }

    private List<YamlNode> items(YamlNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isList()) {
            p.add(list, "schema", "expected a list, got " + list.describe());
            return List.of();
        }
        return list.items();
    }

    private static Evidence evidence(StringBuilder text, String quote) {
        int start = append(text, quote);
        return new Evidence(start, start + quote.length(), quote, SectionKind.OTHER);
    }

    private static int append(StringBuilder text, String line) {
        int start = text.length();
        text.append(line).append('\n');
        return start;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
