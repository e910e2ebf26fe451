package io.djcheck.pack;

import io.djcheck.engine.Suggest;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Qualifier;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code lexicon.yaml} into a {@link Lexicon}, reporting every problem with its position.
 * The format is documented in docs/lexicon.md; in short:
 *
 * <pre>
 * mentions:
 *   practice.sanhui_yike: [三会一课]
 * quantities:
 *   members.new: {label: 发展党员人数, cues: [新发展党员, [发展, 党员]], units: [人], exclude: [违纪]}
 *   villages.income_below: {..., attributes: {thresholdYuan: {unit: 元, required: true, qualifiers: [AT_MOST]}}}
 * cues: {negation: [未, 没有], resolved: [解决], problemNouns: [问题], prevented: [防止], plan: [力争],
 *        weakPlan: [将], neutral: [未来, 重要],
 *        filler: [共, 累计], planYear: [明年, 将], planYearBefore: [到]}
 * setPhrases: [三会一课, 两委]
 * sections: {PROBLEMS: {headings: [存在问题], weakHeadings: [问题], leadIns: [], paragraphLeadIns: []}}
 * genres: {DUTY_REPORT: {本人: 2, 现将…述职如下: 3}}
 * orgLevels: {TOWNSHIP: [全镇, 我镇]}
 * frequencies: {每月: 12, 每季度: 4}
 * units: {名: 人, 场次: 次, 万元: {unit: 元, factor: 10000}}
 * qualifiers: {prefix: {超过: AT_LEAST}, suffix: {余: APPROX}}
 * </pre>
 */
final class LexiconReader {

    static final String CONCEPT_KEY = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+";

    private static final Set<String> TOP = Set.of("mentions", "quantities", "cues", "setPhrases", "sections",
            "genres", "orgLevels", "frequencies", "units", "qualifiers", "reportDomain");
    private static final Set<String> QUANTITY_FIELDS = Set.of("label", "cues", "units", "exclude", "attributes", "priority",
            "bareFrequency");

    private LexiconReader() {
    }

    static Lexicon read(YamlNode root, Problems p) {
        Lexicon.Builder b = Lexicon.builder();
        if (root == null || root.requireMap(p, "lexicon.yaml") == null) {
            p.unread("lexicon.yaml");
            return b.build();
        }
        root.allowOnly(p, TOP, "lexicon.yaml");
        readMentions(root.get("mentions"), b, p);
        readUnits(root.get("units"), b, p);
        Set<String> canonicalUnits = canonicalUnits(root.get("units"));
        readQuantities(root.get("quantities"), b, p, canonicalUnits);
        readCues(root.get("cues"), b, p);
        if (root.get("setPhrases") != null) {
            b.setPhrases(root.get("setPhrases").strings(p, "setPhrases"));
        }
        readSections(root.get("sections"), b, p);
        readGenres(root.get("genres"), b, p);
        readOrgLevels(root.get("orgLevels"), b, p);
        readFrequencies(root.get("frequencies"), b, p);
        readDomain(root.get("reportDomain"), b, p);
        readQualifiers(root.get("qualifiers"), b, p);
        return b.build();
    }

    private static void readMentions(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "mentions") == null) {
            return;
        }
        m.entries().forEach((key, v) -> {
            checkKey(m, key, p);
            String label = null;
            List<String> terms;
            if (v.isMap()) {
                v.allowOnly(p, Set.of("label", "terms"), "mention " + key);
                label = v.string(p, "label", false);
                terms = v.get("terms") == null ? List.of() : v.get("terms").strings(p, "terms of " + key);
            } else {
                terms = v.strings(p, "terms of " + key);
            }
            if (terms.isEmpty()) {
                p.add(v, "empty-terms", "mention " + key + " needs at least one term");
                return;
            }
            b.mention(key, label != null ? label : terms.get(0), terms);
        });
    }

    private static void readQuantities(YamlNode m, Lexicon.Builder b, Problems p, Set<String> canonicalUnits) {
        if (m == null || m.requireMap(p, "quantities") == null) {
            return;
        }
        m.entries().forEach((key, v) -> {
            checkKey(m, key, p);
            if (v.requireMap(p, "quantity " + key) == null) {
                return;
            }
            v.allowOnly(p, QUANTITY_FIELDS, "quantity " + key);
            String label = v.string(p, "label", true);
            List<List<String>> cues = new ArrayList<>();
            YamlNode c = v.get("cues");
            if (c == null || !c.isList() || c.items().isEmpty()) {
                p.add(c == null ? v : c, "schema", "quantity " + key + " needs 'cues': a list of terms or term groups");
            } else {
                for (YamlNode g : c.items()) {
                    List<String> group = g.strings(p, "cue group of " + key);
                    if (!group.isEmpty()) {
                        cues.add(group);
                    }
                }
            }
            List<String> units = v.get("units") == null ? List.of() : v.get("units").strings(p, "units of " + key);
            if (units.isEmpty()) {
                p.add(v, "missing-field", "quantity " + key + " needs 'units': the canonical units it counts in");
            }
            for (String u : units) {
                if (!canonicalUnits.contains(u)) {
                    p.add(v.get("units"), "unknown-unit", "quantity " + key + " counts in '" + u
                            + "', which no entry of 'units' maps to; canonical units: " + String.join(" ", canonicalUnits));
                }
            }
            List<String> excludes = v.get("exclude") == null ? List.of() : v.get("exclude").strings(p, "exclude of " + key);
            List<Lexicon.AttributeSlot> slots = new ArrayList<>();
            YamlNode a = v.get("attributes");
            if (a != null && a.requireMap(p, "attributes of " + key) != null) {
                a.entries().forEach((name, slot) -> {
                    if (slot.requireMap(p, "attribute " + name) == null) {
                        return;
                    }
                    slot.allowOnly(p, Set.of("unit", "required", "qualifiers"), "attribute " + name);
                    String unit = slot.string(p, "unit", true);
                    boolean required = "true".equals(slot.string(p, "required", false));
                    Set<Qualifier> accepted = new java.util.HashSet<>();
                    if (slot.get("qualifiers") != null) {
                        for (String q : slot.get("qualifiers").strings(p, "qualifiers of attribute " + name)) {
                            Qualifier qualifier = enumOf(Qualifier.class, q, slot.get("qualifiers"), p, "qualifier");
                            if (qualifier != null) {
                                accepted.add(qualifier);
                            }
                        }
                    }
                    if (unit != null) {
                        slots.add(new Lexicon.AttributeSlot(name, unit, required, accepted));
                    }
                });
            }
            Double priority = v.number(p, "priority", false);
            boolean bareFrequency = v.flag(p, "bareFrequency");
            if (label != null && !cues.isEmpty()) {
                b.quantity(new Lexicon.QuantityConcept(key, label, cues, Set.copyOf(units), excludes, slots,
                        priority == null ? 0 : priority.intValue(), bareFrequency));
            }
        });
    }

    private static void readCues(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "cues") == null) {
            return;
        }
        m.allowOnly(p, Set.of("negation", "resolved", "problemNouns", "prevented", "plan", "weakPlan", "neutral",
                "filler", "planYear", "planYearBefore", "instruction", "breach", "contrast", "eventYear", "superior", "norm"), "cues");
        b.eventYearCues(list(m, "eventYear", p));
        b.superiorCues(list(m, "superior", p));
        b.negationCues(list(m, "negation", p));
        // a breach named as such (先干后议, 以会代课) states a problem like a negation
        b.negationCues(list(m, "breach", p));
        b.resolvedCues(list(m, "resolved", p));
        b.problemNouns(list(m, "problemNouns", p));
        b.preventedCues(list(m, "prevented", p));
        b.planCues(list(m, "plan", p));
        // an instruction to others (督促各支部落实…) is not a fact that it was done: read as a plan
        b.planCues(list(m, "instruction", p));
        b.contrastCues(list(m, "contrast", p));
        b.normCues(list(m, "norm", p));
        b.weakPlanCues(list(m, "weakPlan", p));
        b.neutralWords(list(m, "neutral", p));
        b.fillerWords(list(m, "filler", p));
        b.planYearCues(list(m, "planYear", p));
        b.planYearBeforeCues(list(m, "planYearBefore", p));
    }

    private static void readSections(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "sections") == null) {
            return;
        }
        m.entries().forEach((name, v) -> {
            SectionKind kind = enumOf(SectionKind.class, name, m.keyNode(name), p, "section kind");
            if (kind == null || v.requireMap(p, "section " + name) == null) {
                return;
            }
            v.allowOnly(p, Set.of("headings", "weakHeadings", "leadIns", "paragraphLeadIns"), "section " + name);
            b.headingKeywords(kind, list(v, "headings", p), list(v, "weakHeadings", p));
            b.leadIns(kind, list(v, "leadIns", p), list(v, "paragraphLeadIns", p));
        });
    }

    private static List<String> list(YamlNode m, String key, Problems p) {
        return m.get(key) == null || m.get(key).isNull() ? List.of() : m.get(key).strings(p, key);
    }

    private static void readGenres(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "genres") == null) {
            return;
        }
        m.entries().forEach((name, v) -> {
            if (name.equals("titleHeads") || name.equals("weakTitleHeads")) {
                readTitleHeads(name, v, b, p);
                return;
            }
            Genre g = enumOf(Genre.class, name, m.keyNode(name), p, "genre");
            if (g == null || v.requireMap(p, "genre " + name) == null) {
                return;
            }
            v.entries().forEach((cue, w) -> {
                Double weight = w.asNumber(p, "weight of genre cue '" + cue + "'");
                if (weight != null) {
                    b.genreCue(g, cue, weight.intValue());
                }
            });
        });
    }

    /** genres.titleHeads / weakTitleHeads: {SPEECH: [发言, 讲话], WORK_REPORT: [工作总结]}. */
    private static void readTitleHeads(String name, YamlNode m, Lexicon.Builder b, Problems p) {
        if (m.requireMap(p, "genres." + name) == null) {
            return;
        }
        m.entries().forEach((genre, v) -> {
            Genre g = enumOf(Genre.class, genre, m.keyNode(genre), p, "genre");
            if (g != null) {
                List<String> words = v.strings(p, "genres." + name + "." + genre);
                b.titleHeads(g, name.equals("titleHeads") ? words : List.of(), name.equals("titleHeads") ? List.of() : words);
            }
        });
    }

    private static void readOrgLevels(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "orgLevels") == null) {
            return;
        }
        m.entries().forEach((name, v) -> {
            if (name.equals("generic")) {
                b.orgGeneric(v.strings(p, "orgLevels.generic"));
                return;
            }
            if (name.equals("suffixes")) {
                b.orgSuffixes(v.strings(p, "orgLevels.suffixes"));
                return;
            }
            if (name.equals("ignore")) {
                b.orgLevelIgnored(v.strings(p, "orgLevels.ignore"));
                return;
            }
            if (name.equals("titleOpeners")) {
                if (v.requireMap(p, "orgLevels.titleOpeners") != null) {
                    v.entries().forEach((wn, wv) -> {
                        OrgLevel level = enumOf(OrgLevel.class, wn, v.keyNode(wn), p, "org level");
                        if (level != null) {
                            b.titleOpeners(level, wv.strings(p, "orgLevels.titleOpeners." + wn));
                        }
                    });
                }
                return;
            }
            if (name.equals("weak")) {
                if (v.requireMap(p, "orgLevels.weak") != null) {
                    v.entries().forEach((wn, wv) -> {
                        OrgLevel level = enumOf(OrgLevel.class, wn, v.keyNode(wn), p, "org level");
                        if (level != null) {
                            b.weakOrgLevelCues(level, wv.strings(p, "orgLevels.weak." + wn));
                        }
                    });
                }
                return;
            }
            OrgLevel level = enumOf(OrgLevel.class, name, m.keyNode(name), p, "org level");
            if (level != null) {
                b.orgLevelCues(level, v.strings(p, "orgLevels." + name));
            }
        });
    }

    /** reportDomain: {minTerms: 2, terms: [党建, 党组织, ...]}. */
    private static void readDomain(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "reportDomain") == null) {
            return;
        }
        m.allowOnly(p, Set.of("minTerms", "terms", "notTerms"), "reportDomain");
        Double min = m.get("minTerms") == null ? null : m.get("minTerms").asNumber(p, "reportDomain.minTerms");
        b.domain(list(m, "terms", p), min == null ? 0 : min.intValue());
        b.domainExcluded(list(m, "notTerms", p));
    }

    private static void readFrequencies(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "frequencies") == null) {
            return;
        }
        m.entries().forEach((cue, v) -> {
            Double n = v.asNumber(p, "frequency of '" + cue + "'");
            if (n != null) {
                b.frequency(cue, n.intValue());
            }
        });
    }

    private static void readUnits(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "units") == null) {
            return;
        }
        m.entries().forEach((written, v) -> {
            if (v.isScalar()) {
                b.unit(written, v.text(), 1);
            } else if (v.requireMap(p, "unit " + written) != null) {
                v.allowOnly(p, Set.of("unit", "factor"), "unit " + written);
                String unit = v.string(p, "unit", true);
                Double factor = v.number(p, "factor", false);
                if (unit != null) {
                    b.unit(written, unit, factor == null ? 1 : factor);
                }
            }
        });
    }

    private static Set<String> canonicalUnits(YamlNode m) {
        Set<String> out = new java.util.TreeSet<>();
        if (m != null && m.isMap()) {
            m.entries().values().forEach(v -> {
                if (v.isScalar()) {
                    out.add(v.text());
                } else if (v.isMap() && v.get("unit") != null && v.get("unit").isScalar()) {
                    out.add(v.get("unit").text());
                }
            });
        }
        return out;
    }

    private static void readQualifiers(YamlNode m, Lexicon.Builder b, Problems p) {
        if (m == null || m.requireMap(p, "qualifiers") == null) {
            return;
        }
        m.allowOnly(p, Set.of("prefix", "suffix"), "qualifiers");
        for (String side : List.of("prefix", "suffix")) {
            YamlNode s = m.get(side);
            if (s == null || s.requireMap(p, "qualifiers." + side) == null) {
                continue;
            }
            s.entries().forEach((word, v) -> {
                Qualifier q = v.isScalar() ? enumOf(Qualifier.class, v.text(), v, p, "qualifier") : null;
                if (q != null) {
                    if (side.equals("prefix")) {
                        b.qualifierPrefix(word, q);
                    } else {
                        b.qualifierSuffix(word, q);
                    }
                }
            });
        }
    }

    private static void checkKey(YamlNode map, String key, Problems p) {
        if (!key.matches(CONCEPT_KEY)) {
            p.add(map.keyNode(key), "bad-name", "concept key '" + key
                    + "' must be dotted lower_snake_case, e.g. practice.sanhui_yike");
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, YamlNode at, Problems p, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String hint = Suggest.closest(name, names);
        p.add(at, "unknown-" + what.replace(' ', '-'), "'" + name + "' is not a " + what
                + (hint != null ? " (did you mean " + hint + "?)" : "; one of " + String.join(", ", names)));
        return null;
    }
}
